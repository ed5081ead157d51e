using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

internal static class MutatingRouteWithoutAuthExamples
{
    private const string Requirements = "fastapi==0.115.0\n";

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad("a delete route without the user dependency its neighbours take",
            ("requirements.txt", Requirements),
            ("app/routes/machines.py", """
                from fastapi import APIRouter, Depends

                router = APIRouter(prefix="/machines")


                @router.get("/{machine_id}")
                async def read_machine(machine_id: int, db=Depends(get_db), user: User = Depends(get_current_user)):
                    return await load(db, machine_id)


                @[|router|].delete("/{machine_id}")
                async def delete_machine(machine_id: int, db=Depends(get_db)):
                    await remove(db, machine_id)


                @[|router|].post("")
                async def create_machine(payload: MachineIn, db=Depends(get_db)):
                    return await insert(db, payload)
                """),
            ("app/main.py", """
                from fastapi import FastAPI
                from app.routes.machines import router as machines_router

                app = FastAPI()
                app.include_router(machines_router, prefix="/api")
                """)),
        RuleExample.Bad("an API with no authentication at all that lets anyone change and delete records",
            ("requirements.txt", Requirements),
            ("main.py", """
                from fastapi import FastAPI

                app = FastAPI()


                @app.post("/predict")
                def predict(features: Features):
                    return {"rul": model.predict([features.values])[0]}


                @[|app|].put("/machines/{machine_id}")
                def update_machine(machine_id: int, payload: MachineIn):
                    return repository.update(machine_id, payload)


                @[|app|].delete("/machines/{machine_id}")
                def delete_machine(machine_id: int):
                    repository.delete(machine_id)
                """)),
        RuleExample.Good("every changing route takes the user, an annotated alias or a route dependency; login and sign-up are public by design",
            ("requirements.txt", Requirements),
            ("app/deps.py", """
                from typing import Annotated
                from fastapi import Depends

                CurrentUser = Annotated[User, Depends(get_current_user)]
                SessionDep = Annotated[Session, Depends(get_db)]
                """),
            ("app/routes/items.py", """
                from fastapi import APIRouter, Depends

                router = APIRouter(prefix="/items")


                @router.post("/")
                def create_item(session: SessionDep, current_user: CurrentUser, item_in: ItemCreate):
                    return crud.create(session, item_in, owner=current_user)


                @router.delete("/{item_id}", dependencies=[Depends(verify_api_key)])
                def delete_item(session: SessionDep, item_id: int):
                    crud.delete(session, item_id)


                @router.post("/login")
                def login(form: OAuth2PasswordRequestForm = Depends()):
                    return issue_token(form)


                @router.post("/signup")
                def signup(user_in: UserCreate, session: SessionDep):
                    return crud.create_user(session, user_in)


                @router.post("/password-recovery/{email}")
                def recover_password(email: str, session: SessionDep):
                    return send_reset_email(session, email)


                @router.post("/reset-password/")
                def reset_password(body: NewPassword, session: SessionDep):
                    return crud.reset_password(session, body)
                """)),
        RuleExample.Good("the router and the include_router call carry the authentication dependency",
            ("requirements.txt", Requirements),
            ("app/routes/admin.py", """
                from fastapi import APIRouter, Depends

                router = APIRouter(prefix="/admin", dependencies=[Depends(require_admin)])


                @router.delete("/users/{user_id}")
                def delete_user(user_id: int):
                    users.delete(user_id)
                """),
            ("app/routes/orders.py", """
                from fastapi import APIRouter

                router = APIRouter()


                @router.patch("/orders/{order_id}")
                def update_order(order_id: int, payload: OrderPatch):
                    return orders.update(order_id, payload)
                """),
            ("app/main.py", """
                from fastapi import Depends, FastAPI
                from app.routes import admin, orders

                app = FastAPI()
                app.include_router(admin.router)
                app.include_router(orders.router, dependencies=[Depends(get_current_user)])
                """)),
        RuleExample.Good("a router of helpers mounted only when the environment is local is not part of the deployed API",
            ("requirements.txt", Requirements),
            ("app/routes/items.py", """
                from fastapi import APIRouter

                router = APIRouter()


                @router.delete("/{item_id}")
                def delete_item(item_id: int, current_user: User = Depends(get_current_user)):
                    crud.delete(item_id, current_user)
                """),
            ("app/routes/private.py", """
                from fastapi import APIRouter

                router = APIRouter(prefix="/private")


                @router.post("/users/")
                def create_user(user_in: PrivateUserCreate, session: SessionDep):
                    return crud.create_user(session, user_in)
                """),
            ("app/main.py", """
                from fastapi import FastAPI
                from app.core.config import settings
                from app.routes import items, private

                app = FastAPI()
                app.include_router(items.router)

                if settings.ENVIRONMENT == "local":
                    app.include_router(private.router)
                """)),
        RuleExample.Good("a plugin's router is registered by code this cannot follow, so whether it is guarded is unknown; a provider's inbound hook is public by design",
            ("requirements.txt", Requirements),
            ("app/plugins/exports.py", """
                from fastapi import APIRouter

                router = APIRouter()


                @router.delete("/exports/{export_id}")
                def delete_export(export_id: int):
                    exports.delete(export_id)
                """),
            ("app/main.py", """
                from fastapi import Depends, FastAPI

                app = FastAPI()
                for plugin in registry.plugins():
                    app.include_router(plugin.router, dependencies=[Depends(get_current_user)])


                @app.get("/reports", dependencies=[Depends(get_current_user)])
                def reports():
                    return build_reports()


                @app.post("/slack/events")
                async def slack_events(request: Request):
                    return await slack_handler.handle(request)
                """)),
        RuleExample.Good("an HTTP middleware checks the API key for every request",
            ("requirements.txt", Requirements),
            ("main.py", """
                from fastapi import FastAPI, Request
                from fastapi.responses import JSONResponse

                app = FastAPI()


                @app.middleware("http")
                async def require_key(request: Request, call_next):
                    if request.headers.get("x-api-key") != settings.API_KEY:
                        return JSONResponse({"detail": "forbidden"}, status_code=401)
                    return await call_next(request)


                @app.delete("/records/{record_id}")
                def delete_record(record_id: int):
                    store.delete(record_id)
                """)),
        RuleExample.Good("a public prediction API: POST computes an answer and nothing changes stored data",
            ("requirements.txt", Requirements),
            ("main.py", """
                from fastapi import FastAPI

                app = FastAPI()


                @app.post("/predict")
                def predict(features: Features):
                    return {"rul": model.predict([features.values])[0]}
                """)),
    ];
}
