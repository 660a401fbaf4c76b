#!/bin/sh
# Builds the Go interop verifier offline (GOPATH mode, Debian's golang-golang-x-mod-dev) and, given a fixture
# directory written by GoInteropTest, runs it. Usage: run-go-interop.sh [fixture-dir]
# Without an argument it only builds. GoInteropTest does the same build itself; see tlog/README.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${GO_VERIFIER_OUT:-"$here/../target/go-verifier"}
mkdir -p "$(dirname "$out")"
cd "$here/verifier"
GO111MODULE=off GOPATH=${CUSTOS_GOPATH:-/usr/share/gocode} GOFLAGS= GOPROXY=off \
  GOCACHE=${GOCACHE:-"$here/../target/go-cache"} go build -o "$out" .
echo "built $out"
if [ $# -ge 1 ]; then
  exec "$out" "$1"
fi
