using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

public sealed partial class UntrustedDeserialization
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "FastAPI and Flask endpoints unpickling an upload and a request body",
            ("requirements.txt", "fastapi==0.110.0\nflask==3.0.3\njoblib==1.4.0\n"),
            ("app/api.py", """
                import pickle

                import joblib
                from fastapi import FastAPI, UploadFile

                app = FastAPI()


                @app.post("/models")
                async def upload_model(model: UploadFile):
                    estimator = [|joblib.load|](model.file)
                    return {"type": type(estimator).__name__}


                @app.post("/features")
                async def features(data: UploadFile):
                    frame = [|pickle.loads|](await data.read())
                    return {"rows": len(frame)}
                """),
            ("app/legacy.py", """
                import pickle

                from flask import Flask, request

                app = Flask(__name__)


                @app.post("/state")
                def restore():
                    state = [|pickle.loads|](request.data)
                    return {"keys": list(state)}
                """)),
        RuleExample.Bad(
            "model paths taken from environment variables, opened and unpickled, and torch.load without weights_only",
            ("requirements.txt", "torch==2.2.0\njoblib==1.4.0\n"),
            ("app/model.py", """
                import os
                import pickle

                import joblib
                import torch

                MODEL_PATH = os.getenv("MODEL_PATH", "models/model.pkl")


                def load_model():
                    return [|joblib.load|](MODEL_PATH)


                def load_encoder():
                    with open(os.environ["ENCODER_PATH"], "rb") as f:
                        return [|pickle.load|](f)


                def load_net():
                    return [|torch.load|](os.environ["WEIGHTS"], map_location="cpu")
                """)),
        RuleExample.Good(
            "artefacts shipped in the repository, loaded from literal paths; torch.load with weights_only=True; JSON from the request",
            ("requirements.txt", "flask==3.0.3\ntorch==2.2.0\njoblib==1.4.0\n"),
            ("app/model.py", """
                import json
                import os
                import pickle
                from pathlib import Path

                import joblib
                import torch
                from flask import request

                HERE = Path(__file__).parent


                def load_model():
                    return joblib.load(HERE / "artifacts" / "model.joblib")


                def load_encoder():
                    with open("artifacts/encoder.pkl", "rb") as f:
                        return pickle.load(f)


                def load_net():
                    return torch.load(os.environ["WEIGHTS"], weights_only=True)


                def payload():
                    return json.loads(request.data)
                """)),
        RuleExample.Good(
            "PyTorch 2.6 or later loads weights only by default; unpickling in a test",
            ("requirements.txt", "torch>=2.6\n"),
            ("app/net.py", """
                import os

                import torch


                def load_net():
                    return torch.load(os.environ["WEIGHTS"], map_location="cpu")
                """),
            ("tests/test_model.py", """
                import os
                import pickle


                def test_roundtrip():
                    with open(os.environ["FIXTURE"], "rb") as f:
                        assert pickle.load(f)
                """)),
    ];
}
