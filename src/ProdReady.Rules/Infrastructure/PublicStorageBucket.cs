using ProdReady.Engine.Documents.Terraform;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class PublicStorageBucket : Rule
{
    private static readonly string[] PublicAcls = ["public-read", "public-read-write"];
    private static readonly string[] BlockFlags = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"];
    private static readonly string[] PublicMembers = ["allUsers", "allAuthenticatedUsers"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("IAC001"),
        Name = "public-storage-bucket",
        Title = "Storage bucket open to the public",
        Area = Area.Infrastructure,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "A bucket anyone on the internet can read (or write) leaks whatever lands in it: exports, backups, uploads, " +
            "logs. Public buckets are one of the most common causes of data breaches, and a writable one can host malware " +
            "under your name.",
        Fix = "Keep buckets private: drop `acl = \"public-read\"`, add an `aws_s3_bucket_public_access_block` with all four " +
            "flags `true` (or an account-wide `aws_s3_account_public_access_block`), remove `allUsers` / " +
            "`allAuthenticatedUsers` IAM members on Google Cloud buckets, and serve public files through a CDN with signed URLs " +
            "or origin access control.",
        References =
        [
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
            "https://cloud.google.com/storage/docs/public-access-prevention",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        if (!TerraformResources.Any(context))
        {
            return RuleOutcome.Skip("no Terraform files");
        }

        var violations = new List<Violation>();
        var buckets = TerraformResources.Of(context, "aws_s3_bucket").ToList();
        foreach (var resource in TerraformResources.Of(context, "aws_s3_bucket", "aws_s3_bucket_acl"))
        {
            if (resource.Value("acl") is { IsLiteral: true } acl && PublicAcls.Contains(acl.Text, StringComparer.OrdinalIgnoreCase))
            {
                violations.Add(new Violation(acl.Span, $"{resource.Address} has acl \"{acl.Text}\": anyone on the internet can read its objects"));
            }
        }

        var blocks = TerraformResources.Of(context, "aws_s3_bucket_public_access_block").ToList();
        foreach (var block in blocks)
        {
            foreach (var flag in BlockFlags)
            {
                if (block.Value(flag) is { } value && TerraformResources.IsFalse(value))
                {
                    violations.Add(new Violation(value.Span, $"{block.Address} sets {flag} = false: public access to the bucket is not blocked") { Key = flag });
                }
            }
        }

        var accountWide = TerraformResources.Of(context, "aws_s3_account_public_access_block").Any();
        if (!accountWide)
        {
            foreach (var bucket in buckets.Where(b => !blocks.Any(p => Covers(p, b))))
            {
                violations.Add(new Violation(bucket.Span, $"{bucket.Address} has no S3 public access block: searched for a bucket-level block whose bucket " +
                    $"refers to {bucket.Address}, and for an account-level one")
                { Severity = Severity.Low, Key = "no-block" });
            }
        }

        foreach (var member in TerraformResources.Of(context, "google_storage_bucket_iam_member", "google_storage_bucket_iam_binding", "google_storage_bucket_access_control"))
        {
            var values = new[] { member.Value("member"), member.Value("entity") }.OfType<HclValue>().Concat(member.Value("members")?.Items ?? []);
            foreach (var value in values.Where(v => v.IsLiteral && PublicMembers.Any(p => v.Text.Contains(p, StringComparison.Ordinal))))
            {
                violations.Add(new Violation(value.Span, $"{member.Address} grants {member.Value("role")?.Text ?? "access"} to {value.Text}: the bucket is public"));
            }
        }

        return violations.Count > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence(blocks.Count > 0 || accountWide
                ? "S3 public access blocked" + (blocks.Count > 0 ? $" ({blocks[0].Address} at {blocks[0].Span})" : " account-wide")
                : "no public bucket ACL or IAM member in Terraform"));
    }

    private static bool Covers(HclBlock block, HclBlock bucket)
    {
        var target = block.Value("bucket");
        return target is null || !target.IsResolved && !target.Text.Contains("aws_s3_bucket.", StringComparison.Ordinal)
            || TerraformResources.RefersTo(target, bucket) || TerraformResources.Names(target, bucket, "bucket");
    }
}
