package textutil

import (
	"reflect"
	"strings"
	"testing"
)

func spans(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The dam held. Rescuers left.", []string{"The dam held.", "Rescuers left."}},
		{"title", "Gov. Ana Ruiz spoke. Sen. Ed Moss left.", []string{"Gov. Ana Ruiz spoke.", "Sen. Ed Moss left."}},
		{"initial", "John F. Kennedy Airport closed. Flights resumed.", []string{"John F. Kennedy Airport closed.", "Flights resumed."}},
		{"month before number", "It began Jan. 14 in the north. Then it spread.", []string{"It began Jan. 14 in the north.", "Then it spread."}},
		{"U.S. mid-sentence", "U.S. officials said the U.S. Navy would help.", []string{"U.S. officials said the U.S. Navy would help."}},
		{"U.S. at the end", "Flights were deported from the U.S. The talks failed.", []string{"Flights were deported from the U.S.", "The talks failed."}},
		{"clock before day", "The storm hit at 10 a.m. Monday near the coast.", []string{"The storm hit at 10 a.m. Monday near the coast."}},
		{"clock at the end", "The storm hit at 10 a.m. Rescuers arrived later.", []string{"The storm hit at 10 a.m.", "Rescuers arrived later."}},
		{"question and tag", `“Why now?” Ana Ruiz asked. Nobody answered.`, []string{`“Why now?” Ana Ruiz asked.`, "Nobody answered."}},
		{"exclamation and lower tag", `"Go home!" she shouted at the crowd.`, []string{`"Go home!" she shouted at the crowd.`}},
		{"quote ends a sentence", `He said it was “over.” Then he left.`, []string{`He said it was “over.”`, "Then he left."}},
		{"decimal and list", "Rates rose 1.5 percent. Markets fell.", []string{"Rates rose 1.5 percent.", "Markets fell."}},
		{"line break ends a sentence", "Breaking news\nThe bridge fell", []string{"Breaking news", "The bridge fell"}},
		{"number after No.", "Route No. 9 closed. Traffic stopped.", []string{"Route No. 9 closed.", "Traffic stopped."}},
		{"lower-case after a period is one sentence", "The rate was 3 p.m. in winter, e.g. in the north.", []string{"The rate was 3 p.m. in winter, e.g. in the north."}},
	}
	for _, tt := range tests {
		if got := spans(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	text := `Iran’s U.S.-based 10,600 2:10 p.m. didn’t miners' union “Hi,” ‘yes’ 1.2`
	var got []string
	for _, tk := range Tokenize(text) {
		got = append(got, tk.Text(text))
	}
	want := []string{"Iran", "’s", "U.S.-based", "10,600", "2:10", "p.m.", "didn’t", "miners", "'", "union", "“", "Hi", ",", "”", "‘", "yes", "’", "1.2"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("tokens\n got %q\nwant %q", got, want)
	}
	toks := Tokenize(text)
	if toks[1].Kind != Poss || toks[8].Kind != Poss {
		t.Errorf("possessives not marked: %v %v", toks[1], toks[8])
	}
	if toks[10].Kind != Quote || !toks[10].Is(FlagOpen) || !toks[13].Is(FlagClose) {
		t.Errorf("double quotes not paired by direction: %v %v", toks[10], toks[13])
	}
	if !toks[14].Is(FlagSingle|FlagOpen) || !toks[16].Is(FlagSingle|FlagClose) {
		t.Errorf("single quotes not marked: %v %v", toks[14], toks[16])
	}
	if !toks[2].Is(FlagCap|FlagHyphen) || !toks[5].Is(FlagDot) {
		t.Errorf("flags: %v %v", toks[2], toks[5])
	}
}

func TestStraightQuotes(t *testing.T) {
	text := `He said "no" and "yes," then left.`
	var dirs []string
	for _, tk := range Tokenize(text) {
		if tk.Kind == Quote {
			if tk.Is(FlagOpen) {
				dirs = append(dirs, "open")
			} else {
				dirs = append(dirs, "close")
			}
		}
	}
	if want := []string{"open", "close", "open", "close"}; !reflect.DeepEqual(dirs, want) {
		t.Errorf("got %v, want %v", dirs, want)
	}
}

func TestDateline(t *testing.T) {
	tests := []struct{ in, rest string }{
		{"CALDER SPRINGS, Nevarro (AP) — At least 17 died.", "At least 17 died."},
		{"BOGOTÁ (AP) — Noem visited.", "Noem visited."},
		{"OSTRAVEN, Belmark — The law passed.", "The law passed."},
		{"LONDON (Reuters) - Shares fell.", "Shares fell."},
		{"Police said — again — that nobody was hurt.", "Police said — again — that nobody was hurt."},
		{"The agency said it was ready.", "The agency said it was ready."},
	}
	for _, tt := range tests {
		if got := tt.in[DatelineLen(tt.in):]; got != tt.rest {
			t.Errorf("%q: rest %q, want %q", tt.in, got, tt.rest)
		}
	}
}

func TestFold(t *testing.T) {
	if got := LowerASCII("Iran’s U.S. Envoy"); got != "iran’s u.s. envoy" || len(got) != len("Iran’s U.S. Envoy") {
		t.Errorf("LowerASCII = %q", got)
	}
	if got := FoldQuotes("“It’s—over”"); got != `"It's-over"` {
		t.Errorf("FoldQuotes = %q", got)
	}
	if got := Normalize("  The  “Agency’s”\nplan "); got != `the "agency's" plan` {
		t.Errorf("Normalize = %q", got)
	}
	if TrimPossessive("Iran’s") != "Iran" || TrimPossessive("miners'") != "miners" {
		t.Error("TrimPossessive")
	}
	classes := map[string]AbbrevClass{"Gov.": AbbrevTitle, "Jan.": AbbrevBeforeNumber, "F.": AbbrevInitial, "U.S.": AbbrevFlexible, "a.m.": AbbrevClock, "said": NotAbbrev}
	for w, c := range classes {
		if got := Abbreviation(w); got != c {
			t.Errorf("Abbreviation(%q) = %d, want %d", w, got, c)
		}
	}
}

func TestWords(t *testing.T) {
	var got []string
	text := "Three (3) rescuers — and a dog."
	for w := range Words(text) {
		got = append(got, w.Text(text))
	}
	if strings.Join(got, " ") != "Three 3 rescuers and a dog" {
		t.Errorf("Words = %q", got)
	}
	if ps := Paragraphs("a\n\n  b \n"); len(ps) != 2 {
		t.Errorf("Paragraphs = %v", ps)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S.-based", "“a,” ‘b’", "10,600.5", "miners' union", "’s", "a.m..", "\"", "x\u2028y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			prev = tk.End
		}
		for _, se := range SplitSentences(s, toks) {
			if se.Start > se.End || se.End > len(s) || se.First >= se.Last {
				t.Fatalf("bad sentence %+v", se)
			}
		}
		_ = DatelineLen(s)
	})
}
