namespace ProdReady.Model.Claims;

public enum ClaimStatus
{
    /// <summary>A finding of a rule for the claim's topic exists; this wins over any supporting evidence.</summary>
    Contradicted,

    /// <summary>The topic can be checked, but nothing in the repository shows it.</summary>
    NoEvidence,

    /// <summary>A passed check or a fact of the repository shows it.</summary>
    Supported,

    /// <summary>Organisational, or about something ProdReady has no check for.</summary>
    NotCheckable,
}
