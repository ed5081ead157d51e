using System.Collections.Immutable;

namespace ProdReady.Engine.Documents.Terraform;

/// <summary>One <c>*.tf</c> file read into its top-level blocks.</summary>
public sealed record TerraformFile(string Path, ImmutableArray<HclBlock> Blocks)
{
    public IEnumerable<HclBlock> Resources => Blocks.Where(b => b.Type == "resource");

    /// <summary>The folder the file is in: a Terraform module, whose files share variables.</summary>
    public string Module => Path.Contains('/') ? Path[..Path.LastIndexOf('/')] : "";
}
