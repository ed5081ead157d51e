package main

import (
	"os"
)

const doToken = "dop_v1_b9e86003b38c81b709b2d1211c587968714c1de79f2337c1ddcfd140c3d1ddf2"
var telegramBot = "7990475667:AA059KlMDQRIGwhmQQV7vjxzEltwtFLJKc3"

func main() {
	token := os.Getenv("GITHUB_TOKEN")
	dsn := "postgres://worker:2p9iw3-T1rGH+_mcoZ2*5@pg.internal:5432/jobs?sslmode=require"
	apiKey, ok := os.LookupEnv("LINEAR_API_KEY")
	password := flag.String("password", "", "database password")
	_ = []any{token, dsn, apiKey, ok, password}
}
