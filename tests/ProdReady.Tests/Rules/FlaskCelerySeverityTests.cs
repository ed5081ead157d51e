using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Tests.Rules;

/// <summary>Severities the rule examples cannot express: a finding de-escalated when the code shows it is weaker.</summary>
public class FlaskCelerySeverityTests
{
    private const string MainBlock = "from flask import Flask\napp = Flask(__name__)\nif __name__ == \"__main__\":\n    app.debug = True\n    app.run(host=\"0.0.0.0\")\n";

    [Fact]
    public void App_debug_before_run_is_high_when_nothing_else_serves_the_app()
    {
        var run = Run(new DebugModeEnabled(), ("app.py", MainBlock));

        Assert.Equal([("app.py:4", (Severity?)null)], run.Violations.Select(v => (v.Location!.ToString(), v.Severity)));
    }

    [Fact]
    public void App_debug_before_run_is_low_when_a_production_server_starts_the_app()
    {
        var run = Run(new DebugModeEnabled(), ("app.py", MainBlock), ("Procfile", "web: gunicorn app:app\n"));

        var violation = Assert.Single(run.Violations);
        Assert.Equal(Severity.Low, violation.Severity);
        Assert.Equal("app.debug = True in app.py before app.run(), but the deployment starts gunicorn (Procfile:1), which never runs this line", violation.Message);
    }

    [Fact]
    public void A_localhost_broker_is_low_and_a_remote_one_is_the_rule_severity()
    {
        var run = Run(new CeleryBrokerHardcoded(),
            ("requirements.txt", "celery==5.4.0\n"),
            ("worker.py", "from celery import Celery\napp = Celery(\"w\", broker=\"redis://localhost:6379/0\", backend=\"redis://cache.prod:6379/1\")\n"));

        Assert.Equal([(Severity?)Severity.Low, null], run.Violations.Select(v => v.Severity));
    }

    private static ExampleRun Run(Rule rule, params (string Path, string Content)[] files) =>
        ExampleRunner.Run(rule, RuleExample.Good("severity", files));
}
