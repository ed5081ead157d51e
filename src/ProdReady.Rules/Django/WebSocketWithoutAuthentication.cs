using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Django;

public sealed class WebSocketWithoutAuthentication : Rule
{
    private static readonly HashSet<string> Consumers = new(StringComparer.Ordinal)
    {
        "WebsocketConsumer", "AsyncWebsocketConsumer", "JsonWebsocketConsumer", "AsyncJsonWebsocketConsumer",
    };

    private static readonly string[] UserChecks = ["scope[\"user\"]", "scope['user']", "scope.get(\"user\"", "scope.get('user'", "self.user"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU015"),
        Name = "websocket-consumer-without-authentication",
        Title = "WebSocket consumer accepts connections without checking the user",
        Area = Area.Security,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "A Channels consumer that calls accept() without looking at scope[\"user\"] serves every client that can " +
            "reach the socket: AuthMiddlewareStack only fills in the user (AnonymousUser when nobody is signed in), it " +
            "rejects nobody. Whatever the consumer broadcasts, or accepts from receive(), is open to anonymous clients.",
        Fix = "In connect(), close the socket unless `self.scope[\"user\"].is_authenticated` (and the user may see this " +
            "group), before accept(); validate what receive() accepts.",
        References = ["https://channels.readthedocs.io/en/stable/topics/authentication.html"],
        Examples =
        [
            RuleExample.Bad("a feed consumer and a consumer that takes positions from anyone (seed 002)", ("events/consumers.py", """
                from channels.generic.websocket import WebsocketConsumer


                class EventFeedConsumer(WebsocketConsumer):
                    def connect(self):
                        async_to_sync(self.channel_layer.group_add)("events", self.channel_name)
                        [|self.accept()|]
                """), ("officers/consumers.py", """
                from channels.generic.websocket import AsyncJsonWebsocketConsumer


                class LocationConsumer(AsyncJsonWebsocketConsumer):
                    async def connect(self):
                        await [|self.accept()|]

                    async def receive_json(self, content):
                        await self.channel_layer.group_send("positions", content)
                """)),
            RuleExample.Bad("accept() is called before the user is read only in receive", ("chat/consumers.py", """
                class ChatConsumer(AsyncWebsocketConsumer):
                    async def connect(self):
                        await [|self.accept()|]
                """)),
            RuleExample.Good("connect() rejects anonymous users", ("chat/consumers.py", """
                class ChatConsumer(AsyncWebsocketConsumer):
                    async def connect(self):
                        if not self.scope["user"].is_authenticated:
                            await self.close()
                            return
                        await self.accept()
                """)),
            RuleExample.Good("a consumer in tests", ("tests/test_consumers.py", """
                class EchoConsumer(WebsocketConsumer):
                    def connect(self):
                        self.accept()
                """)),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var consumers = facts.Classes.Where(c => c.Language == SourceLanguage.Python && FileRoles.IsProduction(c.Span.File)
            && c.Bases.Any(b => Consumers.Contains(b[(b.LastIndexOf('.') + 1)..]))).ToList();
        if (consumers.Count == 0)
        {
            return RuleOutcome.Skip("no Channels WebSocket consumer");
        }

        var violations = new List<Violation>();
        foreach (var consumer in consumers)
        {
            var body = Body(facts, consumer);
            if (UserChecks.Any(check => body.Contains(check, StringComparison.Ordinal)))
            {
                continue;
            }

            violations.AddRange(facts.CallsIn(consumer.Span.File)
                .Where(c => c.Callee == "self.accept" && c.EnclosingFunction == "connect" && c.Span.Line > consumer.Span.Line && c.Span.Line <= consumer.EndLine)
                .Select(c => new Violation(c.Span, $"{consumer.Name}.connect accepts the WebSocket without checking scope[\"user\"]")));
        }

        return violations.Count > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"{consumers[0].Name} checks the connecting user ({consumers[0].Span})", consumers[0].Span));
    }

    private static string Body(RepositoryFacts facts, ClassFact consumer) =>
        string.Join('\n', (facts.Repository.File(consumer.Span.File)?.Text ?? string.Empty).Split('\n')
            .Skip(consumer.Span.Line - 1).Take(consumer.EndLine - consumer.Span.Line + 1));
}
