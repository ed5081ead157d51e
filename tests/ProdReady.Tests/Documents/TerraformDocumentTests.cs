using ProdReady.Engine.Documents;
using ProdReady.Engine.Documents.Terraform;
using ProdReady.Engine.Files;
using ProdReady.Tests.Readers;

namespace ProdReady.Tests.Documents;

public class TerraformDocumentTests
{
    private static InfrastructureDocuments Read(params (string Path, string Text)[] files) =>
        InfrastructureDocuments.Read(Repository.FromFiles(files.Select(f => new KeyValuePair<string, string>(f.Path, f.Text))));

    [Fact]
    public void Reads_blocks_labels_attributes_nested_blocks_and_comments()
    {
        var documents = Read(("infra/main.tf", """
            # a comment
            provider "aws" { region = "eu-west-1" }
            /* a block
               comment */
            resource "aws_s3_bucket" "logs" {
              bucket = "logs-${var.env}" // trailing
              acl    = "private"
              tags   = { Team = "ops", "cost-center" : 12 }
              versioning {
                enabled = true
              }
            }
            """));

        var file = Assert.Single(documents.Terraform.Files);
        Assert.Equal(["provider", "resource"], file.Blocks.Select(b => b.Type));
        var bucket = file.Blocks[1];
        Assert.Equal("aws_s3_bucket.logs", bucket.Address);
        Assert.Equal("6:3+6", ReaderKit.At(bucket.Attribute("bucket")!.Span));
        Assert.Equal(ValueState.Unresolved, bucket.Value("bucket")!.State);
        Assert.True(bucket.Value("acl")!.Is("private"));
        Assert.Equal("7:12+9", ReaderKit.At(bucket.Value("acl")!.Span));
        Assert.Equal(["Team", "cost-center"], bucket.Value("tags")!.Entries.Select(e => e.Name));
        Assert.Equal("12", bucket.Value("tags")!.Entry("cost-center")!.Text);
        Assert.True(Assert.Single(bucket.Children("versioning")).Value("enabled")!.IsTrue);
        Assert.Empty(documents.Skipped);
    }

    [Fact]
    public void Resolves_variables_to_their_defaults_across_the_module_and_leaves_others_unresolved()
    {
        var documents = Read(
            ("db/variables.tf", "variable \"encrypted\" {\n  default = false\n}\nvariable \"name\" {}\n"),
            ("db/main.tf", "resource \"aws_db_instance\" \"db\" {\n  storage_encrypted = var.encrypted\n  identifier = var.name\n  port = \"${var.encrypted}\"\n}\n"),
            ("other/main.tf", "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = var.encrypted\n}\n"));

        var db = documents.Terraform.ResourcesOf("aws_db_instance").Single().Resource;
        var encrypted = db.Value("storage_encrypted")!;
        Assert.Equal((ValueState.Defaulted, "false", "2:23+13"), (encrypted.State, encrypted.Text, ReaderKit.At(encrypted.Span)));
        Assert.True(encrypted.IsFalse);
        Assert.Equal((HclValueKind.Reference, ValueState.Unresolved), (db.Value("identifier")!.Kind, db.Value("identifier")!.State));
        Assert.Equal(ValueState.Defaulted, db.Value("port")!.State);
        var volume = documents.Terraform.ResourcesOf("aws_ebs_volume").Single().Resource;
        Assert.Equal(ValueState.Unresolved, volume.Value("encrypted")!.State);
    }

    [Fact]
    public void Reads_heredocs_calls_lists_and_expressions()
    {
        var documents = Read(("iam.tf", """
            resource "aws_iam_policy" "p" {
              policy = <<-EOT
                {"Statement": [{"Action": "*", "Resource": "*"}]}
                EOT
              other = jsonencode({
                Statement = [{ Action = ["s3:*"], Resource = "*" }]
              })
              count = var.enabled ? 1 : 0
              ids   = [for s in var.subnets : s.id]
              cidrs = ["0.0.0.0/0", "::/0"]
            }
            """));

        var policy = documents.Terraform.Resources.Single().Resource;
        Assert.Equal("{\"Statement\": [{\"Action\": \"*\", \"Resource\": \"*\"}]}", policy.Value("policy")!.Text);
        var call = policy.Value("other")!;
        Assert.Equal((HclValueKind.Call, "jsonencode"), (call.Kind, call.Text));
        var statement = Assert.Single(call.Items[0].Entry("Statement")!.Items);
        Assert.Equal("s3:*", statement.Entry("Action")!.Items[0].Text);
        Assert.Equal((HclValueKind.Expression, "var.enabled ? 1 : 0"), (policy.Value("count")!.Kind, policy.Value("count")!.Text));
        Assert.Equal(HclValueKind.Expression, policy.Value("ids")!.Kind);
        Assert.Equal(["0.0.0.0/0", "::/0"], policy.Value("cidrs")!.Items.Select(i => i.Text));
    }

    [Fact]
    public void Malformed_HCL_is_skipped_with_its_reason_and_other_files_are_read()
    {
        var documents = Read(
            ("bad.tf", "resource \"aws_s3_bucket\" \"b\" {\n  acl = \n}\n"),
            ("open.tf", "resource \"x\" \"y\" {\n  a = 1\n"),
            ("good.tf", "resource \"aws_s3_bucket\" \"ok\" {}\n"));

        Assert.Equal(
            ["bad.tf unparsed: invalid HCL at line 2, column 9: expected a value, found 'new line'", "open.tf unparsed: invalid HCL at line 1, column 1: the block resource is never closed with }"],
            documents.Skipped.Select(s => $"{s.Path} {s.Reason}"));
        Assert.Equal("good.tf", Assert.Single(documents.Terraform.Files).Path);
    }
}
