package series

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"factline/timeline"
)

func TestCodecRoundTrip(t *testing.T) {
	events := exportEvents()
	// One update in another zone, one in UTC, one with only a day.
	events[0].Time = timeline.Minute(time.Date(2030, 3, 17, 9, 0, 0, 0, time.FixedZone("CET", 3600)), "9:00 CET")
	events[1].Time = timeline.Minute(time.Date(2030, 3, 17, 11, 0, 0, 0, time.UTC), "11:00 GMT")
	events[2].Time = timeline.Day(2030, 3, 18, "Tuesday")
	ov := Overrides{{ID: 3, Kind: OverrideLabel, To: "deaths", Label: "Dead"}}
	set := Build(events, nil, ov, Options{})
	b, err := Encode(set, ov)
	if err != nil {
		t.Fatal(err)
	}
	got, gotOv, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	url := func(p *Point) string { return p.When.At.Format(time.RFC1123Z + " MST") }
	want, _ := json.Marshal(set.JSON(url))
	have, _ := json.Marshal(got.JSON(url))
	if string(want) != string(have) {
		t.Errorf("decoded set differs:\nwant %s\n got %s", want, have)
	}
	if len(gotOv) != 1 || gotOv[0] != ov[0] {
		t.Errorf("overrides %+v", gotOv)
	}
	if _, _, err := Decode([]byte("not gob")); err == nil {
		t.Error("garbage decoded")
	}
}

func TestCodecRefusesAmbiguousZones(t *testing.T) {
	events := exportEvents()
	events[0].Time = timeline.Minute(time.Date(2030, 3, 17, 9, 0, 0, 0, time.FixedZone("EST", -5*3600)), "")
	events[1].Time = timeline.Minute(time.Date(2030, 3, 17, 11, 0, 0, 0, time.FixedZone("CDT", -5*3600)), "")
	if _, err := Encode(Build(events, nil, nil, Options{}), nil); !errors.Is(err, ErrZones) {
		t.Errorf("EST and CDT in one set: %v, want ErrZones", err)
	}
}
