namespace Portal.Auth;

public static class ClaimNames
{
    public const string IsApiKey = "Portal-IsApiKey";

    public const string HasRefreshToken = "Portal-HasRefreshToken";

    public const bool RequirePassword = true;
}
