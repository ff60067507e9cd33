// Command compress writes the brotli and gzip copies of the static assets
// that the server sends to browsers, at the best quality, beside each file.
// Copies that are already up to date are left alone.
//
//	compress [dir]   (default web/static)
package main

import (
	"flag"
	"fmt"
	"log"

	"github.com/be-us/partnership/internal/asset"
)

func main() {
	flag.Parse()
	dir := "web/static"
	if flag.NArg() > 0 {
		dir = flag.Arg(0)
	}
	wrote, err := asset.WriteEncodings(dir)
	if err != nil {
		log.Fatal(err)
	}
	for _, name := range wrote {
		fmt.Println("compressed", name)
	}
}
