package views

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
)

//go:embed static
var staticFS embed.FS

// Static is the stylesheet, script and icon the pages use, served from the
// binary: the application must work without internet access.
func Static() fs.FS {
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err) // the directory is embedded at build time
	}
	return sub
}

// assetVersions maps each static file to a hash of its content, computed once
// from the embedded files, so URLs change when a file does and browsers may
// cache them for good.
var assetVersions = func() map[string]string {
	out := map[string]string{}
	entries, err := staticFS.ReadDir("static")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		b, err := staticFS.ReadFile("static/" + e.Name())
		if err != nil {
			panic(err)
		}
		sum := sha256.Sum256(b)
		out[e.Name()] = hex.EncodeToString(sum[:6])
	}
	return out
}()

// AssetURL is the URL of a static file, with its content version.
func AssetURL(name string) string {
	return "/static/" + name + "?v=" + assetVersions[name]
}
