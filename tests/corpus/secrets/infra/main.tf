provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAEESZSJQDFBCWXUGD"
  secret_key = "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"
}

resource "random_password" "db" {
  length  = 32
  special = true
}

resource "aws_db_instance" "main" {
  username = "orders"
  password = random_password.db.result
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "cloudflare_api_token" {
  default = "sj8yGtxat3bjgTIl7BOsiKiHfcSUAt6iQlNGGWa8"
}

provider "github" {
  token = var.github_token
}
