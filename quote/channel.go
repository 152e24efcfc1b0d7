package quote

import "slices"

// Channel is how the words reached the reporter or the public: an interview
// with the publication, a written statement, a report with its publication
// date, a post on social media.
type Channel struct {
	// Kind is the sort of channel. Required.
	Kind ChannelKind `json:"kind" validate:"required,enum"`
	// Name is the title or name of the channel as the text gives it (a
	// report's title, a programme, an account: "@UNmigration"). Optional.
	// schema.org: CreativeWork.name.
	Name string `json:"name,omitempty"`
	// Date is when the channel carried the words, as precisely as the
	// text says: "2023-12" for "a report published in December 2023".
	// Optional. schema.org: datePublished.
	Date string `json:"date,omitempty" validate:"omitempty,isodate"`
	// URL is where the channel can be read, watched or heard. Optional.
	// schema.org: url.
	URL string `json:"url,omitempty" validate:"omitempty,http_url"`
}

// ChannelKind is the sort of [Channel].
type ChannelKind string

// The kinds of channel.
const (
	// ChannelInterview: the speaker talked to the publication or its
	// reporter ("told The Media Line").
	ChannelInterview ChannelKind = "interview"
	// ChannelStatement: a written or read-out statement ("In a statement,
	// Naqvi underscored ...").
	ChannelStatement ChannelKind = "statement"
	// ChannelReport: a published study or report ("A report published in
	// December 2023 ... found").
	ChannelReport ChannelKind = "report"
	// ChannelPressConference: a briefing or press conference before
	// several reporters.
	ChannelPressConference ChannelKind = "press-conference"
	// ChannelSpeech: a speech, address or announcement before an audience.
	ChannelSpeech ChannelKind = "speech"
	// ChannelSocialMedia: a post on a social network.
	ChannelSocialMedia ChannelKind = "social-media"
	// ChannelBroadcast: words said on television, radio or in a video.
	ChannelBroadcast ChannelKind = "broadcast"
	// ChannelTestimony: testimony before a court, a parliament or an
	// inquiry.
	ChannelTestimony ChannelKind = "testimony"
	// ChannelCourtFiling: a filing in a court case.
	ChannelCourtFiling ChannelKind = "court-filing"
	// ChannelDocument: any other document: a letter, a memo, a leaked
	// paper, an email.
	ChannelDocument ChannelKind = "document"
	// ChannelUnknown: the text does not say how the words were obtained.
	ChannelUnknown ChannelKind = "unknown"
)

var channelKinds = []ChannelKind{ChannelInterview, ChannelStatement, ChannelReport, ChannelPressConference,
	ChannelSpeech, ChannelSocialMedia, ChannelBroadcast, ChannelTestimony, ChannelCourtFiling, ChannelDocument,
	ChannelUnknown}

// ChannelKinds returns every kind of channel, in documentation order.
func ChannelKinds() []ChannelKind { return slices.Clone(channelKinds) }

// IsValid reports whether k is one of the kinds above.
func (k ChannelKind) IsValid() bool { return slices.Contains(channelKinds, k) }
