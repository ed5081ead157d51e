namespace ProdReady.Engine.Rules;

public enum ExampleKind
{
    /// <summary>The rule must report exactly the marked spans (or one repository-level finding when none is marked).</summary>
    Bad,

    /// <summary>The rule must report nothing; the reason says which false positive it guards against.</summary>
    Good,
}
