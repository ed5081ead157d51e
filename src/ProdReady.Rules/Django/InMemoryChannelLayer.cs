using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Django;

public sealed class InMemoryChannelLayer : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("IAC012"),
        Name = "django-channels-in-memory-layer",
        Title = "Django Channels uses the in-memory channel layer",
        Area = Area.Infrastructure,
        Severity = Severity.High,
        EffortHours = 2,
        Rationale = "InMemoryChannelLayer lives inside one process: group messages sent by one worker never reach sockets " +
            "held by another, so with two workers (or an HTTP process and an ASGI process) broadcasts are silently lost, " +
            "and everything queued disappears on restart. Channels' documentation says never to use it in production.",
        Fix = "Use a shared layer: `channels_redis.core.RedisChannelLayer` (or RedisPubSubChannelLayer) with the Redis URL " +
            "read from the environment; keep InMemoryChannelLayer for tests.",
        References = ["https://channels.readthedocs.io/en/stable/topics/channel_layers.html#in-memory-channel-layer"],
        Examples =
        [
            RuleExample.Bad("the only channel layer is in memory (seed 002)", ("sentinel/settings.py", """
                INSTALLED_APPS = ["channels"]
                CHANNEL_LAYERS = {
                    'default': {
                        [|'BACKEND'|]: 'channels.layers.InMemoryChannelLayer',
                    },
                }
                """)),
            RuleExample.Bad("the production module keeps the in-memory layer", ("config/settings/production.py", """
                ALLOWED_HOSTS = ["chat.example.com"]
                CHANNEL_LAYERS = {"default": {[|"BACKEND"|]: "channels.layers.InMemoryChannelLayer"}}
                """)),
            RuleExample.Good("Redis channel layer", ("config/settings.py", """
                INSTALLED_APPS = ["channels"]
                CHANNEL_LAYERS = {
                    "default": {
                        "BACKEND": "channels_redis.core.RedisChannelLayer",
                        "CONFIG": {"hosts": [os.environ["REDIS_URL"]]},
                    },
                }
                """)),
            RuleExample.Good("in memory only in test settings; base uses Redis", ("config/settings/test.py", """
                INSTALLED_APPS = ["channels"]
                CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
                """), ("config/settings/base.py", """
                INSTALLED_APPS = ["channels"]
                CHANNEL_LAYERS = {"default": {"BACKEND": "channels_redis.core.RedisChannelLayer"}}
                """)),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var backends = DjangoSettings.Entries(facts, "CHANNEL_LAYERS", "BACKEND").ToList();
        if (backends.Count == 0)
        {
            return RuleOutcome.Skip("no CHANNEL_LAYERS in production Django settings");
        }

        var violations = backends
            .Where(b => b.Value is { Kind: ValueKind.String, Text: { } text } && text.EndsWith("InMemoryChannelLayer", StringComparison.Ordinal)
                && !SettingOverrides.OverriddenInProduction(facts, b))
            .Select(b => new Violation(b.Span, $"CHANNEL_LAYERS uses {b.Value.Text} in {b.File}: messages stay in one process and are lost on restart"))
            .ToArray();
        return violations.Length > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"channel layer {backends[0].Value.Raw} in {backends[0].Span}", backends[0].Span));
    }
}
