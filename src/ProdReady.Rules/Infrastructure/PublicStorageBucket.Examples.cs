using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class PublicStorageBucket
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "a public-read ACL on the bucket, and a public access block that lets public policies through",
            ("infra/s3.tf", """
                resource "aws_s3_bucket" "uploads" {
                  bucket = "acme-uploads"
                  acl    = [|"public-read"|]
                }

                resource "aws_s3_bucket_public_access_block" "uploads" {
                  bucket                  = aws_s3_bucket.uploads.id
                  block_public_acls       = true
                  block_public_policy     = [|false|]
                  ignore_public_acls      = true
                  restrict_public_buckets = true
                }
                """)),
        RuleExample.Bad(
            "a Google Cloud bucket readable by allUsers, set through a variable's default",
            ("gcs.tf", """
                variable "reader" {
                  default = "allUsers"
                }

                resource "google_storage_bucket_iam_member" "public" {
                  bucket = google_storage_bucket.site.name
                  role   = "roles/storage.objectViewer"
                  member = [|var.reader|]
                }
                """)),
        RuleExample.Bad(
            "an S3 bucket with no public access block at all (low)",
            ("main.tf", """
                [|resource|] "aws_s3_bucket" "exports" {
                  bucket = "acme-exports"
                }
                """)),
        RuleExample.Good(
            "a private bucket with every public access flag on",
            ("main.tf", """
                resource "aws_s3_bucket" "exports" {
                  bucket = "acme-exports"
                }

                resource "aws_s3_bucket_public_access_block" "exports" {
                  bucket                  = aws_s3_bucket.exports.id
                  block_public_acls       = true
                  block_public_policy     = true
                  ignore_public_acls      = true
                  restrict_public_buckets = true
                }
                """)),
        RuleExample.Good(
            "the ACL comes from a variable with no default, and public access is blocked account-wide",
            ("main.tf", """
                variable "acl" {}

                resource "aws_s3_bucket" "b" {
                  acl = var.acl
                }

                resource "aws_s3_account_public_access_block" "all" {
                  block_public_acls   = true
                  block_public_policy = true
                }
                """)),
        RuleExample.Good(
            "a public bucket in a module's usage example is not deployed",
            ("examples/public/main.tf", """
                resource "aws_s3_bucket" "demo" {
                  acl = "public-read"
                }
                """)),
    ];
}
