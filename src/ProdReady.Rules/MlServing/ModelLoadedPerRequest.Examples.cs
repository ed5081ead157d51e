using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.MlServing;

public sealed partial class ModelLoadedPerRequest
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "FastAPI handler loads the model on every request",
            ("requirements.txt", "fastapi==0.110.0\njoblib==1.3.2\n"),
            ("app/main.py", """
                import joblib
                from fastapi import FastAPI

                app = FastAPI()


                @app.post("/predict")
                def predict(features: dict):
                    model = [|joblib.load|]("model.joblib")
                    return {"score": float(model.predict([list(features.values())])[0])}
                """)),
        RuleExample.Bad(
            "lazily cached model: loaded on the first request (seed 004)",
            ("requirements.txt", "fastapi==0.110.0\nxgboost==2.0.3\n"),
            ("python_backend/health_predictor.py", """
                import xgboost as xgb

                _model = None


                def get_model():
                    global _model
                    if _model is None:
                        booster = xgb.Booster()
                        [|booster.load_model|]("models/rul.json")
                        _model = booster
                    return _model
                """),
            ("python_backend/routes/prediction_routes.py", """
                from fastapi import APIRouter

                from health_predictor import get_model

                router = APIRouter()


                @router.post("/predict")
                def predict(reading: dict):
                    return {"rul": float(get_model().inplace_predict([list(reading.values())])[0])}
                """)),
        RuleExample.Bad(
            "Flask view calls a loader helper on every request",
            ("requirements.txt", "flask==3.0.2\n"),
            ("app.py", """
                import pickle

                from flask import Flask, request

                app = Flask(__name__)


                def load_pipeline():
                    with open("pipeline.pkl", "rb") as f:
                        return [|pickle.load|](f)


                @app.route("/predict", methods=["POST"])
                def predict():
                    return {"label": str(load_pipeline().predict([request.json["x"]])[0])}
                """)),
        RuleExample.Bad(
            "Django view loads a torch model per request",
            ("requirements.txt", "Django==4.2.11\ntorch==2.2.2\n"),
            ("vision/views.py", """
                import torch
                from django.http import JsonResponse


                def classify(request):
                    model = [|torch.load|]("weights.pt")
                    return JsonResponse({"classes": len(model.state_dict())})
                """),
            ("vision/urls.py", """
                from django.urls import path

                from vision import views

                urlpatterns = [path("classify/", views.classify)]
                """)),
        RuleExample.Good(
            "swapper.load_model() looks up a swappable Django model class: no ML library is in use",
            ("requirements.txt", "django==5.0.3\nswapper==1.3.0\n"),
            ("pages/views.py", """
                import swapper
                from django.http import JsonResponse


                def page_count(request):
                    Page = swapper.load_model("cms", "Page")
                    return JsonResponse({"pages": Page.objects.count()})
                """),
            ("pages/urls.py", """
                from django.urls import path

                from pages.views import page_count

                urlpatterns = [path("pages/count", page_count)]
                """)),
        RuleExample.Good(
            "loaded once in FastAPI's lifespan and kept on app.state",
            ("requirements.txt", "fastapi==0.110.0\njoblib==1.3.2\n"),
            ("app/main.py", """
                from contextlib import asynccontextmanager

                import joblib
                from fastapi import FastAPI, Request


                @asynccontextmanager
                async def lifespan(app: FastAPI):
                    app.state.model = joblib.load("model.joblib")
                    yield


                app = FastAPI(lifespan=lifespan)


                @app.post("/predict")
                def predict(features: dict, request: Request):
                    return {"score": float(request.app.state.model.predict([list(features.values())])[0])}
                """)),
        RuleExample.Good(
            "a lazy loader warmed up in the lifespan, so no request pays for it",
            ("requirements.txt", "fastapi==0.110.0\njoblib==1.3.2\n"),
            ("app/model.py", """
                import joblib

                _model = None


                def get_model():
                    global _model
                    if _model is None:
                        _model = joblib.load("model.joblib")
                    return _model
                """),
            ("app/main.py", """
                from contextlib import asynccontextmanager

                from fastapi import FastAPI

                from app.model import get_model


                @asynccontextmanager
                async def lifespan(app: FastAPI):
                    get_model()
                    yield


                app = FastAPI(lifespan=lifespan)


                @app.post("/predict")
                def predict(features: dict):
                    return {"score": float(get_model().predict([list(features.values())])[0])}
                """)),
        RuleExample.Good(
            "module-level load and an lru_cache loader; loads in training code and tests are not serving",
            ("requirements.txt", "flask==3.0.2\njoblib==1.3.2\n"),
            ("app.py", """
                from functools import lru_cache

                import joblib
                from flask import Flask, request

                app = Flask(__name__)
                scaler = joblib.load("scaler.joblib")


                @lru_cache(maxsize=1)
                def get_model():
                    return joblib.load("model.joblib")


                @app.post("/predict")
                def predict():
                    return {"y": float(get_model().predict(scaler.transform([request.json["x"]]))[0])}
                """),
            ("training/evaluate.py", """
                import joblib


                def evaluate():
                    return joblib.load("model.joblib")
                """),
            ("tests/test_predict.py", """
                import joblib


                def test_model_loads():
                    assert joblib.load("model.joblib") is not None
                """)),
        RuleExample.Good(
            "Django loads the model in AppConfig.ready()",
            ("requirements.txt", "Django==4.2.11\njoblib==1.3.2\n"),
            ("scoring/apps.py", """
                import joblib
                from django.apps import AppConfig


                class ScoringConfig(AppConfig):
                    name = "scoring"

                    def ready(self):
                        self.model = joblib.load("model.joblib")
                """)),
    ];
}
