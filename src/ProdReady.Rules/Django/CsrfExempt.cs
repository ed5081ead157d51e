using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Django;

public sealed class CsrfExempt : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU014"),
        Name = "django-csrf-exempt",
        Title = "Django view exempted from CSRF protection",
        Area = Area.Security,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "@csrf_exempt switches off CsrfViewMiddleware for the view: any website a signed-in user visits can " +
            "post to it with the user's session cookie. It is only safe for endpoints that do not use cookie " +
            "authentication (webhooks verified by signature, token-authenticated APIs).",
        Fix = "Remove @csrf_exempt and send the CSRF token from the form or fetch call (`X-CSRFToken` header); for machine " +
            "clients authenticate with a token or verify a webhook signature and keep the session out of it.",
        References = ["https://docs.djangoproject.com/en/stable/howto/csrf/"],
        Examples =
        [
            RuleExample.Bad("a public report endpoint with CSRF disabled (seed 002)", ("events/views.py", """
                from django.views.decorators.csrf import csrf_exempt
                from django.views.decorators.http import require_POST


                @[|csrf_exempt|]
                @require_POST
                def quick_report(request):
                    data = json.loads(request.body)
                """)),
            RuleExample.Bad("a class view exempted through method_decorator", ("accounts/views.py", """
                from django.utils.decorators import method_decorator
                from django.views.decorators.csrf import csrf_exempt


                @[|method_decorator|](csrf_exempt, name="dispatch")
                class ProfileUpdate(View):
                    def post(self, request):
                        request.user.profile.update(request.POST)
                """)),
            RuleExample.Good("CSRF protection left on", ("events/views.py", """
                from django.views.decorators.http import require_POST


                @require_POST
                def quick_report(request):
                    return JsonResponse({"ok": True})
                """)),
            RuleExample.Good("the exempted view authenticates by token, so a cross-site request carries no credentials", ("graphql/views.py", """
                class ApiGraphQLView(GraphQLView):
                    @csrf_exempt
                    def dispatch(self, request, *args, **kwargs):
                        if not request.user.is_authenticated:
                            auth = TokenAuthentication().authenticate(request)
                        return super().dispatch(request, *args, **kwargs)
                """)),
            RuleExample.Good("tests and a comment that mentions the decorator", ("events/tests/test_views.py", """
                @csrf_exempt
                def fake_view(request):
                    return HttpResponse()
                """), ("events/views.py", """
                # never use @csrf_exempt here: the form posts the token
                def report(request):
                    return render(request, "report.html")
                """)),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var onFunctions = facts.Functions.Where(f => f.Language == SourceLanguage.Python)
            .SelectMany(f => f.Decorators.Where(d => d.Name == "csrf_exempt").Select(d => (Name: f.Name, Decorator: d)));
        var onClasses = facts.CallsNamed("method_decorator").Where(c => c.Positional(0)?.Raw == "csrf_exempt")
            .Select(c => (Name: facts.ClassesIn(c.Span.File).FirstOrDefault(k => k.Span.Line > c.Span.Line)?.Name ?? "a view", Decorator: c));
        var violations = onFunctions.Concat(onClasses)
            .Where(x => FileRoles.IsProduction(x.Decorator.Span.File) && !AuthenticatesWithoutCookies(facts, x.Decorator))
            .DistinctBy(x => (x.Decorator.Span.File, x.Decorator.Span.Line))
            .Select(x => new Violation(x.Decorator.Span, $"{x.Name} is exempt from CSRF protection ({x.Decorator.Callee})"))
            .ToArray();
        return violations.Length > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Skip("no csrf_exempt decorator");
    }

    private static readonly string[] CookielessAuthentication =
        ["TokenAuthentication", "authenticate(", "compare_digest", "hmac.", "signature", "HTTP_AUTHORIZATION", "Authorization"];

    /// <summary>The exempted view authenticates each request by token or signature: without the session cookie a
    /// forged cross-site request carries no credentials, which is when csrf_exempt is right.</summary>
    private static bool AuthenticatesWithoutCookies(RepositoryFacts facts, CallFact decorator)
    {
        var function = facts.FunctionsIn(decorator.Span.File).Where(f => f.Span.Line >= decorator.Span.Line).MinBy(f => f.Span.Line);
        if (function is null)
        {
            return false;
        }

        var lines = (facts.Repository.File(decorator.Span.File)?.Text ?? string.Empty).Split('\n');
        var body = string.Join('\n', lines.Skip(decorator.Span.Line - 1).Take(function.EndLine - decorator.Span.Line + 1));
        return CookielessAuthentication.Any(marker => body.Contains(marker, StringComparison.Ordinal));
    }
}
