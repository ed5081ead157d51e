using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Performance;

public sealed partial class HttpCallWithoutTimeout
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "a Django view and a webhook sender calling other services with requests and no timeout",
            ("requirements.txt", "Django==4.2.11\nrequests==2.31.0\n"),
            ("shop/payments.py", """
                import requests
                from django.http import JsonResponse


                def charge(request):
                    reply = [|requests.post|]("https://payments.internal/charge", json={"amount": 10})
                    return JsonResponse(reply.json())


                def notify(url, event):
                    [|requests.request|]("POST", url, json=event, timeout=None)
                """)),
        RuleExample.Bad(
            "a FastAPI dependency fetching signing keys without a timeout",
            ("requirements.txt", "fastapi==0.110.0\nrequests==2.31.0\n"),
            ("app/keys.py", """
                import requests


                def signing_keys(issuer: str):
                    return [|requests.get|](f"{issuer}/.well-known/jwks.json").json()["keys"]
                """)),
        RuleExample.Good(
            "every call passes a timeout, or forwards keyword arguments that carry one",
            ("requirements.txt", "Django==4.2.11\nrequests==2.31.0\n"),
            ("shop/payments.py", """
                import requests

                TIMEOUT = (3.05, 10)


                def charge(amount):
                    return requests.post("https://payments.internal/charge", json={"amount": amount}, timeout=TIMEOUT).json()


                def fetch(url, **kwargs):
                    kwargs.setdefault("timeout", 5)
                    return requests.get(url, **kwargs)
                """)),
        RuleExample.Good(
            "httpx has a default timeout, a session's get is not judged; a test and a linter's rule sample are not the service",
            ("requirements.txt", "fastapi==0.110.0\nhttpx==0.27.0\n"),
            ("app/client.py", """
                import httpx
                import requests

                session = requests.Session()


                def status(url):
                    return httpx.get(url).status_code


                def cached(url):
                    return session.get(url).json()
                """),
            ("tests/test_live.py", """
                import requests


                def test_live():
                    assert requests.get("http://localhost:8000/health").ok
                """),
            (".semgrep/requests/no-timeout.py", """
                import requests

                # ruleid: requests-without-timeout
                requests.get("https://example.com")
                """)),
    ];
}
