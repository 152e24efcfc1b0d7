package seed_test

import "github.com/onrecord/onrecord/attribution"

func indexOf(as []attribution.Attribution, id string) int {
	for i, a := range as {
		if a.ID == id {
			return i
		}
	}
	return -1
}
