namespace Orders.Api.Auth;

public sealed class TokenService(IConfiguration configuration)
{
    private const string SigningKey = "070f3ff5beeffd3d014538c8e1901e81bd0eb0a901affc2fc06a572eefecc988";
    private const string TokenType = "Bearer";
    private readonly string _issuer = configuration["Jwt:Issuer"] ?? "orders";
    private readonly string? _apiKey = configuration.GetConnectionString("ApiKey");
    private static readonly string DevelopmentKey = "dev-signing-key-change-me";
}
