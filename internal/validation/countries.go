package validation

import (
	"slices"
	"strings"
)

// countryTable lists the 249 alpha-2 codes that ISO 3166-1 has assigned to a
// country or territory, in order, one initial a line. Codes that the standard
// reserves (UK, UN, EU, AC, IC...), has withdrawn (SU, YU, CS, AN, DD...) or
// leaves to users (AA, QM-QZ, XA-XZ, ZZ, among them XK for Kosovo) are not
// countries here, although golang.org/x/text/language knows most of them as
// regions. The last change to the list of codes was the assignment of SS
// (South Sudan) in 2011. The JSON Schema's enumeration of countries is drawn
// from this table too, through [ValidCountry].
const countryTable = `
		AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
		BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
		CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
		DE DJ DK DM DO DZ
		EC EE EG EH ER ES ET
		FI FJ FK FM FO FR
		GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
		HK HM HN HR HT HU
		ID IE IL IM IN IO IQ IR IS IT
		JE JM JO JP
		KE KG KH KI KM KN KP KR KW KY KZ
		LA LB LC LI LK LR LS LT LU LV LY
		MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
		NA NC NE NF NG NI NL NO NP NR NU NZ
		OM
		PA PE PF PG PH PK PL PM PN PR PS PT PW PY
		QA
		RE RO RS RU RW
		SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
		TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
		UA UG UM US UY UZ
		VA VC VE VG VI VN VU
		WF WS
		YE YT
		ZA ZM ZW
`

var countries = strings.Fields(countryTable)

// Countries returns the ISO 3166-1 alpha-2 codes that [ValidCountry] accepts,
// in order.
func Countries() []string { return slices.Clone(countries) }

// ValidCountry reports whether s is an ISO 3166-1 alpha-2 code in upper case
// that the standard has assigned to a country or territory.
func ValidCountry(s string) bool {
	_, found := slices.BinarySearch(countries, s)
	return found
}
