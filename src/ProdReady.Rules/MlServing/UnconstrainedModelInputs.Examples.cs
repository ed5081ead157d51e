using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.MlServing;

public sealed partial class UnconstrainedModelInputs
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "sensor readings reach the model without range checks (seed 004); the bounded field and the record id are fine",
            ("requirements.txt", "fastapi==0.110.0\njoblib==1.3.2\n"),
            ("routes/prediction_routes.py", """
                import joblib
                from fastapi import APIRouter
                from pydantic import BaseModel, Field

                router = APIRouter()
                model = joblib.load("model.joblib")


                class SensorReading(BaseModel):
                    machine_id: int
                    [|temperature|]: float
                    [|vibration|]: float
                    pressure: float = Field(..., ge=0, le=500)


                @router.post("/predict")
                def predict(reading: SensorReading):
                    return {"rul": float(model.predict([[reading.temperature, reading.vibration, reading.pressure]])[0])}
                """)),
        RuleExample.Bad(
            "a prediction request model with optional and integer features; the response model is output, not judged",
            ("requirements.txt", "fastapi==0.110.0\nscikit-learn==1.4.1\n"),
            ("app/schemas.py", """
                from typing import Optional

                from pydantic import BaseModel


                class PredictionRequest(BaseModel):
                    [|age|]: int
                    [|income|]: Optional[float] = None
                    city: str


                class PredictionResponse(BaseModel):
                    probability: float
                """),
            ("app/main.py", """
                from fastapi import FastAPI
                from sklearn.linear_model import LogisticRegression

                from app.schemas import PredictionRequest, PredictionResponse

                app = FastAPI()
                clf = LogisticRegression()


                @app.post("/api/v1/churn")
                def churn(request: PredictionRequest) -> PredictionResponse:
                    return PredictionResponse(probability=clf.predict_proba([[request.age, request.income or 0]])[0][1])
                """)),
        RuleExample.Bad(
            "fields of a base class and of a nested model are judged where they are declared",
            ("requirements.txt", "fastapi==0.110.0\nxgboost==2.0.3\n"),
            ("api/forecast.py", """
                from typing import List

                import xgboost as xgb
                from fastapi import APIRouter
                from pydantic import BaseModel, Field

                router = APIRouter()
                booster = xgb.Booster(model_file="model.json")


                class Telemetry(BaseModel):
                    [|rpm|]: float


                class Reading(Telemetry):
                    [|torque|]: float


                class ForecastRequest(BaseModel):
                    horizon_days: int = Field(7, ge=1, le=30)
                    readings: List[Reading]


                @router.post("/forecast")
                async def forecast(body: ForecastRequest):
                    return {"days": body.horizon_days}
                """)),
        RuleExample.Good(
            "every numeric input is bounded (Field, Annotated, confloat) or checked by a validator",
            ("requirements.txt", "fastapi==0.110.0\njoblib==1.3.2\npydantic==2.6.4\n"),
            ("app/main.py", """
                from typing import Annotated

                import joblib
                from fastapi import FastAPI
                from pydantic import BaseModel, Field, confloat, field_validator

                app = FastAPI()
                model = joblib.load("model.joblib")


                class PredictionInput(BaseModel):
                    temperature: float = Field(..., ge=-40, le=200)
                    vibration: Annotated[float, Field(ge=0, le=20)]
                    load: confloat(ge=0, le=1)
                    rpm: int

                    @field_validator("rpm")
                    @classmethod
                    def rpm_in_range(cls, value):
                        if not 0 <= value <= 10000:
                            raise ValueError("rpm out of range")
                        return value


                @app.post("/predict")
                def predict(data: PredictionInput):
                    return {"y": float(model.predict([[data.temperature, data.vibration, data.load, data.rpm]])[0])}
                """)),
        RuleExample.Good(
            "pydantic models in an app without any model to feed are not judged",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/schemas.py", """
                from pydantic import BaseModel


                class Pagination(BaseModel):
                    page: int = 1
                    size: int = 20
                """)),
        RuleExample.Good(
            "request models of routes that do not predict, and schemas no route takes, are not judged",
            ("requirements.txt", "fastapi==0.110.0\njoblib==1.3.2\n"),
            ("app/main.py", """
                import joblib
                from fastapi import FastAPI
                from pydantic import BaseModel

                app = FastAPI()
                model = joblib.load("model.joblib")


                class UserCreate(BaseModel):
                    email: str
                    age: int


                class FeatureStats(BaseModel):
                    mean: float
                    std: float


                @app.post("/users")
                def create_user(user: UserCreate):
                    return {"email": user.email}
                """)),
    ];
}
