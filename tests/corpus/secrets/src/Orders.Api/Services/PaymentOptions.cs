namespace Orders.Api.Services;

public sealed class PaymentOptions
{
    public string ApiKey { get; init; } = "";

    public string WebhookSecret { get; init; } = string.Empty;

    public string Password { get; set; } = default!;
}
