namespace ProdReady.Engine.Documents.Terraform;

/// <summary>The shape of an HCL expression as far as it can be judged without evaluating it.</summary>
public enum HclValueKind
{
    String,
    Number,
    Bool,
    Null,
    List,
    Object,

    /// <summary>A traversal such as <c>var.region</c> or <c>aws_s3_bucket.logs.id</c>.</summary>
    Reference,

    /// <summary>A function call such as <c>jsonencode({...})</c>; <see cref="HclValue.Items"/> are its arguments.</summary>
    Call,

    /// <summary>Anything else (operators, conditionals, <c>for</c> expressions): kept as written, never evaluated.</summary>
    Expression,
}
