namespace ProdReady.Rules.Django;

internal enum DrfDefault
{
    Unknown,
    RequiresAuthentication,
    AllowAny,
    Absent,
}
