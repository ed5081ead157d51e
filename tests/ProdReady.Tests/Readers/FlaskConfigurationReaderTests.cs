using ProdReady.Engine.Facts;
using static ProdReady.Tests.Readers.PythonAndJavaScriptFactText;

namespace ProdReady.Tests.Readers;

public class FlaskConfigurationReaderTests
{
    [Fact]
    public void Config_subscripts_and_app_attributes_are_settings_at_any_level()
    {
        const string code = """
            from flask import Flask

            app = Flask(__name__)
            app.secret_key = "abc"

            def create_app():
                application = Flask(__name__)
                application.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
                application.debug = True
                return application
            """;

        var facts = Python(code);

        Assert.Equal(
            ["app secret_key = \"abc\" PythonModule @4:1", "application.config SECRET_KEY = env SECRET_KEY PythonDict @8:5", "application debug = True PythonModule @9:5"],
            facts.Settings.Where(s => s.Name != "app").Select(s => $"{s.Scope} {s.Name} = {Value(s.Value)} {s.Origin} @{s.Span.Line}:{s.Span.Column}"));
    }

    [Fact]
    public void Celery_conf_attributes_are_settings_when_the_file_imports_celery()
    {
        const string code = """
            from celery import Celery

            celery_app = Celery("worker")
            celery_app.conf.broker_url = "redis://cache:6379/0"
            celery_app.conf.task_acks_late = True
            """;

        Assert.Equal(
            ["PythonDict celery_app.conf.broker_url = \"redis://cache:6379/0\" @4:1+51", "PythonDict celery_app.conf.task_acks_late = True @5:1+37"],
            Python(code).Settings.Where(s => s.Name != "celery_app").Select(Setting));
        Assert.Empty(Python("settings.conf.broker_url = \"redis://cache:6379/0\"\n").Settings);
    }

    [Fact]
    public void Run_on_an_app_made_by_an_application_factory_is_the_flask_development_server()
    {
        const string code = "from helpdesk import create_app\napp = create_app()\napp.run(debug=True)\n";

        Assert.Equal<EntryPointFact>(
            [new EntryPointFact(EntryPointKind.DevelopmentServer, "flask", "app.run(debug=True)", new SourceSpan("run.py", 3, 1, 19))],
            Python(code, "run.py").EntryPoints);
        Assert.Empty(Python("from sanic_app import create_app\nimport sanic\napp = create_app()\napp.run(workers=4)\n").EntryPoints);
    }

    [Fact]
    public void Other_subscripts_and_attributes_are_not_settings()
    {
        const string code = """
            class Worker:
                def __init__(self):
                    self.config["DEBUG"] = True
                    self.secret_key = "abc"

            def f(data):
                data["SECRET_KEY"] = "abc"
                app.config[name] = "abc"
                app.config[f"{x}"] = "abc"
                args.debug = True
            """;

        Assert.Empty(Python(code).Settings);
    }
}
