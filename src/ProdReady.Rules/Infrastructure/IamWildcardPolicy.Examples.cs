using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class IamWildcardPolicy
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "administrator access in a heredoc JSON policy",
            ("iam.tf", """
                resource "aws_iam_policy" "app" {
                  name   = "app"
                  policy = <<EOF
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    { "Effect": "Allow", "Action": [|"*"|], "Resource": "*" }
                  ]
                }
                EOF
                }
                """)),
        RuleExample.Bad(
            "jsonencode with every S3 action on every resource (medium), and a policy document allowing everything",
            ("iam.tf", """
                resource "aws_iam_role_policy" "worker" {
                  role = aws_iam_role.worker.id
                  policy = jsonencode({
                    Version   = "2012-10-17"
                    Statement = [{ Effect = "Allow", Action = [[|"s3:*"|]], Resource = "*" }]
                  })
                }

                data "aws_iam_policy_document" "admin" {
                  statement {
                    actions   = [[|"*"|]]
                    resources = ["*"]
                  }
                }
                """)),
        RuleExample.Good(
            "named actions on a named bucket; Describe actions need Resource \"*\"",
            ("iam.tf", """
                resource "aws_iam_policy" "app" {
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [
                      { Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = "arn:aws:s3:::acme-uploads/*" },
                      { Effect = "Allow", Action = "ec2:DescribeInstances", Resource = "*" },
                    ]
                  })
                }
                """)),
        RuleExample.Good(
            "a Deny statement with a wildcard, and a policy read from a template",
            ("iam.tf", """
                data "aws_iam_policy_document" "guard" {
                  statement {
                    effect    = "Deny"
                    actions   = ["*"]
                    resources = ["*"]
                  }
                }

                resource "aws_iam_policy" "app" {
                  policy = templatefile("${path.module}/policy.json", { bucket = var.bucket })
                }
                """)),
    ];
}
