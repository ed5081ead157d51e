using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Testing;

internal static class HollowTestsExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "placeholder tests whose bodies are pass or a docstring, and a file of tests that call code but never check it",
            ("tests/test_orders.py", """"
                from app.orders import total


                def test_total_adds_lines():
                    assert total([1, 2]) == 3


                [|def test_refund|]():
                    pass


                [|def test_discount|]():
                    """TODO: cover discounts."""
                """"),
            ("tests/test_reports.py", """
                from app.reports import build


                [|def test_build_report|]():
                    build("2024-01")


                def test_build_for_empty_month():
                    build("2024-02")  # assert something later
                """),
            ("web/src/cart.test.js", """
                import { addItem } from "./cart";

                [|it|]("adds an item", () => {
                  addItem({ id: 1 });
                });
                """)),
        RuleExample.Good(
            "tests that assert, raise, expect or use a helper that checks",
            ("tests/test_orders.py", """
                import pytest

                from app.orders import total


                def test_total_adds_lines():
                    assert total([1, 2]) == 3


                def test_total_rejects_text():
                    with pytest.raises(TypeError):
                        total(["a"])
                """),
            ("web/src/cart.test.ts", """
                import { addItem, items } from "./cart";

                test("adds an item", () => {
                  addItem({ id: 1 });
                  expect(items()).toHaveLength(1);
                });
                """),
            ("tests/Shop.Tests/CartTests.cs", """
                public class CartTests
                {
                    [Fact]
                    public void Adds_an_item() => Assert.Single(new Cart().Add(1).Items);
                }
                """),
            ("tests/Shop.Tests/Shop.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n"),
            ("tests/test_registry.py", """
                class TestRegistry:
                    def test_finds_test_methods(self):
                        class Sample:
                            def test_thing(self):
                                pass

                        assert find_tests(Sample) == ["test_thing"]
                """),
            ("tests/benchmark/test_homepage.py", """
                def test_homepage_queries(client, count_queries):
                    client.get("/")
                """),
            ("web/e2e/checkout.spec.ts", """
                test("checks out", async ({ page }) => {
                  await page.goto("/checkout");
                  await expect.soft(page.getByText("Paid")).toBeVisible();
                });
                """)),
    ];
}
