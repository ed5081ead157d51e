namespace ProdReady.Engine.Claims;

public enum ClaimKind
{
    /// <summary><c>- [x] …</c></summary>
    CheckedTask,

    /// <summary>A list item with a done mark or a completion verb, or under a heading that claims completion.</summary>
    ListItem,

    TableRow,

    Heading,

    Sentence,
}
