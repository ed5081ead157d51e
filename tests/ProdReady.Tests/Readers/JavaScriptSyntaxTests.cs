using ProdReady.Engine.Facts;
using static ProdReady.Tests.Readers.PythonAndJavaScriptFactText;

namespace ProdReady.Tests.Readers;

public class JavaScriptSyntaxTests
{
    [Fact]
    public void Strings_regexes_comments_and_jsx_text_are_told_apart()
    {
        const string code = """
            const a = "it's // not a comment";
            const b = 'say "hi" /* nor this */';
            const re = /["'\/]+/g; const half = total / 2 / 3;
            const t = `plain ${"nested"} end`;
            const u = `no placeholders`;
            // "comment string"
            /* 'block' */
            export function App() {
              return (
                <div className="main" title='x'>
                  Don't stop // me now (really
                  {items.map(i => <li key={i}>{label(i)}</li>)}
                  <a href="http://localhost:3000">http://localhost:3000</a>
                </div>
              );
            }
            """;

        var facts = JavaScript(code, "App.jsx");

        Assert.Equal(
            [
                "\"it's // not a comment\" @1:11+23", "\"say \"hi\" /* nor this */\" @2:11+25", "\"nested\" @4:20+8",
                "\"no placeholders\" @5:11+17", "\"main\" @10:20+6", "\"x\" @10:33+3", "\"http://localhost:3000\" @13:15+23",
            ],
            facts.Strings.Select(String));
        Assert.Equal(["a", "b", "u"], facts.Settings.Select(s => s.Name));
        Assert.Equal(["items.map in App", "label in App"], facts.Calls.Select(Context));
        Assert.Equal(["App [] @8:8+14..16"], facts.Functions.Select(Function));
    }

    [Fact]
    public void TypeScript_types_generics_and_signatures_are_not_calls()
    {
        const string code = """
            interface Props { title: string; onClick(id: number): void; }
            type Handler = { handle(x: string): Promise<void> };
            enum Color { Red = "red" }
            export class Store<T> extends Base<T> implements IStore {
              private items: T[] = [];
              abstract save(): void;
              constructor(private readonly db: Db) { super(db); }
              get(key: string): T | undefined { return this.items.find(i => i.key === key); }
            }
            const [value, setValue] = useState<string>("");
            const map = useMemo<Map<string, Array<number>>>(() => new Map(), []);
            const ok = a < b && c > (d);
            const x = <T,>(v: T): T => identity<T>(v);
            """;

        var facts = JavaScript(code, "store.tsx");

        Assert.Equal(
            [
                "super(expr db) @7:42+9", "this.items.find(expr i => i.key === key) @8:44+35", "useState(\"\") @10:27+20",
                "useMemo(expr () => new Map(), []) @11:13+56", "Map() @11:59+5", "identity(expr v) @13:28+14",
            ],
            facts.Calls.Select(Call));
        Assert.Equal(["super in constructor", "this.items.find in get", "useState in module", "useMemo in module", "Map in (anonymous)", "identity in x"], facts.Calls.Select(Context));
        Assert.Equal(["Store.constructor", "Store.get", "x"], facts.Functions.Select(f => f.ClassName is null ? f.Name : $"{f.ClassName}.{f.Name}"));
        Assert.Equal(("Store", "Base<T>", 4, 9), (facts.Classes[0].Name, string.Join(", ", facts.Classes[0].Bases), facts.Classes[0].Span.Line, facts.Classes[0].EndLine));
        Assert.All(facts.Calls, c => Assert.Equal(SourceLanguage.TypeScript, c.Language));
    }

    [Fact]
    public void Optional_chaining_new_and_chained_calls_keep_a_dotted_callee()
    {
        const string code = "client?.send(msg);\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });\nexpress().use(helmet());\n";

        Assert.Equal(
            [
                "client.send(expr msg) @1:1+17",
                "Pool({connectionString: env DATABASE_URL}) @2:18+52",
                "express() @3:1+9",
                "express().use(expr helmet()) @3:11+13",
                "helmet() @3:15+8",
            ],
            JavaScript(code).Calls.Select(Call));
    }

    [Fact]
    public void Known_limit_a_regex_right_after_a_closing_parenthesis_is_read_as_division()
    {
        var facts = JavaScript("if (ok) /'/.test(s); const after = \"x\";\n");

        Assert.DoesNotContain(facts.Strings, s => s.Value == "x");
    }
}
