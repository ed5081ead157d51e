using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Performance;

public sealed partial class BlockingCallInAsyncFunction
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "a requests call and time.sleep inside async FastAPI routes",
            ("requirements.txt", "fastapi==0.110.0\nrequests==2.31.0\n"),
            ("app/main.py", """
                import time

                import requests
                from fastapi import FastAPI

                app = FastAPI()


                @app.get("/rates")
                async def rates():
                    response = [|requests.get|]("https://rates.example.com/latest", timeout=5)
                    return response.json()


                @app.post("/retry")
                async def retry():
                    [|time.sleep|](2)
                    return {"ok": True}
                """)),
        RuleExample.Bad(
            "an async route calls a synchronous helper that loads the model (seed 004)",
            ("requirements.txt", "fastapi==0.110.0\njoblib==1.3.2\n"),
            ("backend/predictor.py", """
                import joblib


                def predict_health(reading):
                    scaler = joblib.load("models/scaler.joblib")
                    return scaler.transform([list(reading.values())])
                """),
            ("backend/routes.py", """
                from fastapi import APIRouter

                from predictor import predict_health

                router = APIRouter()


                @router.post("/predict")
                async def predict(reading: dict):
                    result = [|predict_health|](reading)
                    return {"result": result.tolist()}
                """)),
        RuleExample.Bad(
            "sleep imported from time",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/jobs.py", """
                from time import sleep


                async def poll(client):
                    while not await client.ready():
                        [|sleep|](1)
                """)),
        RuleExample.Good(
            "async clients and asyncio.sleep keep the event loop free",
            ("requirements.txt", "fastapi==0.110.0\nhttpx==0.27.0\n"),
            ("app/main.py", """
                import asyncio

                import httpx
                from fastapi import FastAPI

                app = FastAPI()


                @app.get("/rates")
                async def rates():
                    async with httpx.AsyncClient(timeout=5) as client:
                        response = await client.get("https://rates.example.com/latest")
                    await asyncio.sleep(0.1)
                    return response.json()
                """)),
        RuleExample.Good(
            "a plain def route runs in FastAPI's thread pool, so a blocking call there is fine",
            ("requirements.txt", "fastapi==0.110.0\nrequests==2.31.0\n"),
            ("app/main.py", """
                import requests
                from fastapi import FastAPI

                app = FastAPI()


                @app.get("/rates")
                def rates():
                    return requests.get("https://rates.example.com/latest", timeout=5).json()
                """)),
        RuleExample.Good(
            "the model work is moved off the loop with asyncio.to_thread",
            ("requirements.txt", "fastapi==0.110.0\njoblib==1.3.2\n"),
            ("backend/predictor.py", """
                import joblib


                def predict_health(reading):
                    scaler = joblib.load("models/scaler.joblib")
                    return scaler.transform([list(reading.values())])
                """),
            ("backend/routes.py", """
                import asyncio

                from fastapi import APIRouter

                from predictor import predict_health

                router = APIRouter()


                @router.post("/predict")
                async def predict(reading: dict):
                    result = await asyncio.to_thread(predict_health, reading)
                    return {"result": result.tolist()}
                """)),
        RuleExample.Good(
            "a dict named requests is not the requests library",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/queue.py", """
                requests = {}


                async def status(request_id: str):
                    return requests.get(request_id, "unknown")
                """)),
    ];
}
