// Command verifier checks a fixture written by the Custos Java tlog library with the Go reference
// implementation (golang.org/x/mod/sumdb/note and sumdb/tlog): the signed checkpoint and its witness
// cosignature, every tile against the checkpoint root, every entry bundle against the level-0 hashes,
// and each inclusion and consistency proof listed in proofs.txt. Prints "OK ..." and exits 0, or
// "FAIL: ..." and exits 1.
//
// Build offline in GOPATH mode: GO111MODULE=off GOPATH=/usr/share/gocode go build -o verifier .
package main

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

func main() {
	if len(os.Args) != 2 {
		fail("usage: verifier <fixture-dir>")
	}
	dir := os.Args[1]
	logKey, err := note.NewVerifier(strings.TrimSpace(read(dir, "vkey")))
	check(err, "log verifier key")
	witness := parseCosignatureKey(strings.TrimSpace(read(dir, "witness-vkey")))
	n, err := note.Open([]byte(read(dir, "checkpoint")), note.VerifierList(logKey, witness))
	check(err, "checkpoint note")
	signedBy := map[string]bool{}
	for _, s := range n.Sigs {
		signedBy[s.Name] = true
	}
	if !signedBy[logKey.Name()] || !signedBy[witness.Name()] {
		fail("checkpoint lacks the log signature or the witness cosignature")
	}
	lines := strings.Split(n.Text, "\n")
	if len(lines) < 4 || lines[0] != logKey.Name() {
		fail("checkpoint origin is not the log key name")
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	check(err, "checkpoint size")
	root, err := tlog.ParseHash(lines[2])
	check(err, "checkpoint root")

	// Read through tlog.TileHashReader (it checks the tiles on the tree-hash path against the root; the
	// Debian x/mod version skips some full tiles, so every tile is also compared with a Go rebuild below).
	reader := tlog.TileHashReader(tlog.Tree{N: size, Hash: root}, tileDir(dir))
	th, err := tlog.TreeHash(size, reader)
	check(err, "tree hash from tiles")
	if th != root {
		fail("tree hash from tiles differs from the checkpoint root")
	}
	rebuilt := rebuildFromEntries(dir, size)
	th, err = tlog.TreeHash(size, rebuilt)
	check(err, "tree hash of the rebuilt log")
	same(th == root, "root rebuilt from the entry bundles")
	tiles := publishedTiles(size)
	for _, t := range tiles {
		want, err := tlog.ReadTileData(t, rebuilt)
		check(err, "rebuilt tile")
		got, err := tileDir(dir).ReadTiles([]tlog.Tile{t})
		check(err, "tile")
		same(bytes.Equal(want, got[0]), "tile "+tilePath(t))
	}
	checkEntries(dir, size, reader)
	inclusions, consistencies := checkProofs(dir, rebuilt)
	fmt.Printf("OK size=%d entries=%d tiles=%d inclusion=%d consistency=%d\n", size, size, len(tiles), inclusions, consistencies)
}

// publishedTiles lists the C2SP tiles of a tree: full tiles and only the final partial tile per level
// (tlog.NewTiles would also list every intermediate partial width).
func publishedTiles(size int64) []tlog.Tile {
	var tiles []tlog.Tile
	for level := 0; size>>(8*level) > 0; level++ {
		count := size >> (8 * level)
		for n := int64(0); n*256 < count; n++ {
			w := count - n*256
			if w > 256 {
				w = 256
			}
			tiles = append(tiles, tlog.Tile{H: 8, L: level, N: n, W: int(w)})
		}
	}
	return tiles
}

// rebuildFromEntries recomputes every stored hash in memory from the entry bundles with tlog.StoredHashes.
func rebuildFromEntries(dir string, size int64) tlog.HashReader {
	var stored []tlog.Hash
	mem := tlog.HashReaderFunc(func(indexes []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(indexes))
		for i, x := range indexes {
			if x < 0 || x >= int64(len(stored)) {
				return nil, fmt.Errorf("hash %d not stored", x)
			}
			out[i] = stored[x]
		}
		return out, nil
	})
	for i, entry := range readEntries(dir, size) {
		hashes, err := tlog.StoredHashes(int64(i), entry, mem)
		check(err, "StoredHashes")
		stored = append(stored, hashes...)
	}
	return mem
}

func readEntries(dir string, size int64) [][]byte {
	var entries [][]byte
	for bundle := int64(0); bundle*256 < size; bundle++ {
		w := size - bundle*256
		if w > 256 {
			w = 256
		}
		data := []byte(read(dir, "tile/entries/"+tilePathIndex(bundle)+partial(int(w))))
		for i := int64(0); i < w; i++ {
			if len(data) < 2 || len(data) < 2+int(binary.BigEndian.Uint16(data)) {
				fail(fmt.Sprintf("entry bundle %d is truncated", bundle))
			}
			l := int(binary.BigEndian.Uint16(data))
			entries = append(entries, data[2:2+l])
			data = data[2+l:]
		}
		if len(data) != 0 {
			fail(fmt.Sprintf("entry bundle %d has trailing bytes", bundle))
		}
	}
	return entries
}

// checkEntries compares each entry's RecordHash with the leaf hash read through the tile reader.
func checkEntries(dir string, size int64, reader tlog.HashReader) {
	for i, entry := range readEntries(dir, size) {
		stored, err := reader.ReadHashes([]int64{tlog.StoredHashIndex(0, int64(i))})
		check(err, "leaf hash")
		if tlog.RecordHash(entry) != stored[0] {
			fail(fmt.Sprintf("entry %d does not match its leaf hash", i))
		}
	}
}

func checkProofs(dir string, reader tlog.HashReader) (inclusions, consistencies int) {
	scanner := bufio.NewScanner(strings.NewReader(read(dir, "proofs.txt")))
	for scanner.Scan() {
		f := strings.Fields(scanner.Text())
		if len(f) < 5 {
			fail("short proof line: " + scanner.Text())
		}
		a, err1 := strconv.ParseInt(f[1], 10, 64)
		b, err2 := strconv.ParseInt(f[2], 10, 64)
		check(err1, "proof line")
		check(err2, "proof line")
		hashes := make([]tlog.Hash, 0, len(f))
		for _, s := range f[5:] {
			h, err := tlog.ParseHash(s)
			check(err, "proof hash")
			hashes = append(hashes, h)
		}
		switch f[0] {
		case "inclusion": // inclusion <size> <index> <b64 entry> <b64 root> <proof...>
			entry, err := base64.StdEncoding.DecodeString(f[3])
			check(err, "entry")
			root := treeHash(reader, a, f[4])
			check(tlog.CheckRecord(tlog.RecordProof(hashes), a, root, b, tlog.RecordHash(entry)), "inclusion proof "+f[1]+"/"+f[2])
			goProof, err := tlog.ProveRecord(a, b, reader)
			check(err, "ProveRecord")
			same(len(goProof) == len(hashes), "inclusion proof length")
			for i := range goProof {
				same(goProof[i] == hashes[i], "inclusion proof hash")
			}
			inclusions++
		case "consistency": // consistency <old> <new> <b64 old root> <b64 new root> <proof...>
			oldRoot := treeHash(reader, a, f[3])
			newRoot := treeHash(reader, b, f[4])
			check(tlog.CheckTree(tlog.TreeProof(hashes), b, newRoot, a, oldRoot), "consistency proof "+f[1]+"→"+f[2])
			goProof, err := tlog.ProveTree(b, a, reader)
			check(err, "ProveTree")
			same(len(goProof) == len(hashes), "consistency proof length")
			for i := range goProof {
				same(goProof[i] == hashes[i], "consistency proof hash")
			}
			consistencies++
		default:
			fail("unknown proof kind " + f[0])
		}
	}
	return
}

// treeHash recomputes the root of the first n leaves from the tiles and checks the fixture agrees.
func treeHash(reader tlog.HashReader, n int64, claimed string) tlog.Hash {
	h, err := tlog.TreeHash(n, reader)
	check(err, "tree hash")
	c, err := tlog.ParseHash(claimed)
	check(err, "claimed root")
	same(h == c, fmt.Sprintf("root of size %d", n))
	return h
}

// tileDir reads C2SP tlog-tiles paths (tile/<L>/<N>[.p/<W>]) from a directory.
type tileDir string

func (d tileDir) Height() int { return 8 }

func (d tileDir) ReadTiles(tiles []tlog.Tile) ([][]byte, error) {
	out := make([][]byte, len(tiles))
	for i, t := range tiles {
		data, err := os.ReadFile(filepath.Join(string(d), tilePath(t)))
		if err != nil {
			return nil, err
		}
		out[i] = data
	}
	return out, nil
}

func (d tileDir) SaveTiles(tiles []tlog.Tile, data [][]byte) {}

// tilePath is the C2SP path; unlike Tile.Path in x/mod it has no height component.
func tilePath(t tlog.Tile) string {
	return fmt.Sprintf("tile/%d/%s%s", t.L, tilePathIndex(t.N), partial(t.W))
}

func tilePathIndex(n int64) string {
	s := strconv.FormatInt(n, 10)
	for len(s)%3 != 0 {
		s = "0" + s
	}
	var parts []string
	for i := 0; i < len(s); i += 3 {
		parts = append(parts, s[i:i+3])
	}
	for i := 0; i < len(parts)-1; i++ {
		parts[i] = "x" + parts[i]
	}
	return strings.Join(parts, "/")
}

func partial(w int) string {
	if w == 256 {
		return ""
	}
	return fmt.Sprintf(".p/%d", w)
}

// cosignatureVerifier checks tlog-cosignature/v1 Ed25519 signatures (type 0x04), which sumdb/note lacks.
type cosignatureVerifier struct {
	name string
	hash uint32
	key  ed25519.PublicKey
}

func parseCosignatureKey(vkey string) *cosignatureVerifier {
	parts := strings.SplitN(vkey, "+", 3)
	if len(parts) != 3 {
		fail("malformed witness key")
	}
	raw, err := base64.StdEncoding.DecodeString(parts[2])
	check(err, "witness key")
	if len(raw) != 33 || raw[0] != 0x04 {
		fail("witness key is not a cosignature/v1 Ed25519 key")
	}
	h := sha256.Sum256(append([]byte(parts[0]+"\n"), raw...))
	id := binary.BigEndian.Uint32(h[:4])
	if fmt.Sprintf("%08x", id) != parts[1] {
		fail("witness key ID mismatch")
	}
	return &cosignatureVerifier{name: parts[0], hash: id, key: ed25519.PublicKey(raw[1:])}
}

func (v *cosignatureVerifier) Name() string    { return v.name }
func (v *cosignatureVerifier) KeyHash() uint32 { return v.hash }
func (v *cosignatureVerifier) Verify(msg, sig []byte) bool {
	if len(sig) != 72 {
		return false
	}
	ts := binary.BigEndian.Uint64(sig[:8])
	var m bytes.Buffer
	fmt.Fprintf(&m, "cosignature/v1\ntime %d\n", ts)
	m.Write(msg)
	return ts < 1<<63 && ed25519.Verify(v.key, m.Bytes(), sig[8:])
}

func read(dir, name string) string {
	data, err := os.ReadFile(filepath.Join(dir, name))
	check(err, name)
	return string(data)
}

func check(err error, what string) {
	if err != nil {
		fail(what + ": " + err.Error())
	}
}

func same(ok bool, what string) {
	if !ok {
		fail(what + " differs between Java and Go")
	}
}

func fail(msg string) {
	fmt.Println("FAIL: " + msg)
	os.Exit(1)
}
