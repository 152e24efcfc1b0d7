package attribution

// MentionsOf returns the places where the text names or refers to the speaker
// with the ID ("Farzana Shah", "Shah", "she"), in document order.
func (d *Document) MentionsOf(speakerID string) []Mention {
	if d == nil {
		return nil
	}
	var out []Mention
	for _, m := range d.Mentions {
		if m.Speaker == speakerID {
			out = append(out, m)
		}
	}
	return out
}
