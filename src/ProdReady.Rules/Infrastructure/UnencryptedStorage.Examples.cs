using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class UnencryptedStorage
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "a PostgreSQL instance that never sets storage_encrypted, and a volume that turns encryption off",
            ("rds.tf", """
                [|resource|] "aws_db_instance" "main" {
                  engine         = "postgres"
                  instance_class = "db.t3.micro"
                }

                resource "aws_ebs_volume" "data" {
                  size      = 100
                  encrypted = [|false|]
                }
                """)),
        RuleExample.Bad(
            "an Aurora cluster whose encryption flag defaults to false through a variable",
            ("variables.tf", "variable \"encrypt\" {\n  default = false\n}\n"),
            ("aurora.tf", """
                resource "aws_rds_cluster" "app" {
                  engine            = "aurora-postgresql"
                  storage_encrypted = [|var.encrypt|]
                }
                """)),
        RuleExample.Good(
            "encrypted database and volume",
            ("main.tf", """
                resource "aws_db_instance" "main" {
                  engine            = "postgres"
                  storage_encrypted = true
                  kms_key_id        = aws_kms_key.db.arn
                }

                resource "aws_ebs_volume" "data" {
                  encrypted = true
                }
                """)),
        RuleExample.Good(
            "encryption set by a variable with no default, a read replica, and EBS encrypted by default",
            ("main.tf", """
                variable "encrypted" {}

                resource "aws_db_instance" "main" {
                  storage_encrypted = var.encrypted
                }

                resource "aws_db_instance" "replica" {
                  replicate_source_db = aws_db_instance.main.identifier
                }

                resource "aws_ebs_encryption_by_default" "on" {
                  enabled = true
                }

                resource "aws_ebs_volume" "scratch" {
                  size = 10
                }
                """)),
    ];
}
