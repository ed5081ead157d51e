using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

public sealed partial class UnsafeYamlLoad
{
    private static readonly (string Path, string Content) Requirements = ("requirements.txt", "fastapi==0.110.0\nPyYAML==5.3.1\n");

    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "an uploaded pipeline definition parsed with FullLoader, an unsafe_load and a load without a Loader",
            Requirements,
            ("app/pipelines.py", """
                import yaml
                from fastapi import FastAPI, UploadFile

                app = FastAPI()


                @app.post("/pipelines")
                async def upload(file: UploadFile):
                    spec = [|yaml.load|](await file.read(), Loader=yaml.FullLoader)
                    return {"steps": len(spec["steps"])}


                def read_cache(path):
                    with open(path) as f:
                        return [|yaml.unsafe_load|](f)


                def read_legacy(text):
                    return [|yaml.load|](text)
                """)),
        RuleExample.Bad(
            "load and Loader imported from yaml, and the C loader passed positionally",
            Requirements,
            ("app/importer.py", """
                import yaml
                from yaml import load, Loader


                def parse(body):
                    return [|load|](body, Loader=Loader)


                def parse_fast(body):
                    return [|yaml.load|](body, yaml.CLoader)
                """)),
        RuleExample.Good(
            "safe_load, SafeLoader, CSafeLoader and a SafeLoader subclass build plain data only",
            Requirements,
            ("app/config.py", """
                import yaml


                class EnvLoader(yaml.SafeLoader):
                    pass


                def settings(path):
                    with open(path) as f:
                        return yaml.safe_load(f)


                def documents(text):
                    return list(yaml.safe_load_all(text))


                def fast(text):
                    return yaml.load(text, Loader=yaml.CSafeLoader)


                def with_env(text):
                    return yaml.load(text, Loader=EnvLoader)


                def plain(text):
                    return yaml.load(text, yaml.SafeLoader)
                """)),
        RuleExample.Good(
            "the C loader when available, else the pure one, both safe; ruamel's YAML().load is safe by default; a mention in a comment; dump is not a load",
            Requirements,
            ("app/manifest.py", """
                import yaml
                from ruamel.yaml import YAML

                try:
                    from yaml import CSafeLoader as Loader
                except ImportError:
                    from yaml import SafeLoader as Loader


                def manifest(text):
                    # never yaml.load(text) here: it would run !!python tags
                    return yaml.load(text, Loader=Loader)


                def round_trip(path):
                    return YAML().load(path)


                def export(data):
                    return yaml.dump(data, default_flow_style=False)
                """),
            ("tests/test_manifest.py", """
                import yaml


                def test_legacy():
                    assert yaml.load("a: 1", Loader=yaml.Loader) == {"a": 1}
                """)),
    ];
}
