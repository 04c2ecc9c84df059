package series

import (
	"bytes"
	"context"
	"encoding/gob"
	"fmt"
	"time"
)

// Cache keeps built series between requests and restarts: building the
// series of a story of 10,000 figures means reading all of them, while
// decoding what was kept is a single row. The db package implements it.
type Cache interface {
	// CachedSeries returns what PutCachedSeries kept for the story under
	// key, or nil.
	CachedSeries(ctx context.Context, storyID int64, key string) ([]byte, error)
	PutCachedSeries(ctx context.Context, storyID int64, key string, body []byte) error
}

// built is what is kept of a story's series: the set and the overrides it
// was built with (the pages list them).
type built struct {
	Set       *Set
	Overrides Overrides
	// Zones names the points' time zones by offset in seconds: gob keeps a
	// time's offset but not its zone's name, and pages show "EST", not
	// "-0500".
	Zones map[int]string
}

// ErrZones is Encode's answer for a set whose times name two zones of one
// offset: their names could not be told apart after decoding.
var ErrZones = fmt.Errorf("encode series: two zone names for one offset")

// Encode encodes a built set and its overrides for a Cache. gob rather than
// JSON: decoding 10,000 points takes a sixth of the time.
func Encode(set *Set, ov Overrides) ([]byte, error) {
	zones := map[int]string{}
	var clash bool
	eachPoint(set, func(p *Point) {
		name, off := p.When.At.Zone()
		if p.When.At.IsZero() || p.When.At.Location() == time.UTC {
			return
		}
		if had, ok := zones[off]; ok && had != name {
			clash = true
		}
		zones[off] = name
	})
	if clash {
		return nil, ErrZones
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(built{Set: set, Overrides: ov, Zones: zones}); err != nil {
		return nil, fmt.Errorf("encode series: %w", err)
	}
	return buf.Bytes(), nil
}

// Decode reverses Encode. gob leaves empty slices nil; nothing here tells
// the two apart.
func Decode(b []byte) (*Set, Overrides, error) {
	var d built
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&d); err != nil {
		return nil, nil, fmt.Errorf("decode series: %w", err)
	}
	if d.Set == nil {
		d.Set = &Set{}
	}
	if d.Overrides == nil {
		d.Overrides = Overrides{}
	}
	locs := make(map[int]*time.Location, len(d.Zones))
	for off, name := range d.Zones {
		locs[off] = time.FixedZone(name, off)
	}
	eachPoint(d.Set, func(p *Point) {
		if at := p.When.At; !at.IsZero() && at.Location() != time.UTC {
			if _, off := at.Zone(); locs[off] != nil {
				p.When.At = at.In(locs[off])
			}
		}
	})
	return d.Set, d.Overrides, nil
}

func eachPoint(set *Set, fn func(*Point)) {
	for i := range set.Series {
		s := &set.Series[i]
		for j := range s.Lines {
			for k := range s.Lines[j].Points {
				fn(&s.Lines[j].Points[k])
			}
		}
		for k := range s.Context {
			fn(&s.Context[k])
		}
	}
}
