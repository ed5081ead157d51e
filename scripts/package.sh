#!/usr/bin/env bash
# Builds the two distributions into ./artifacts:
#   artifacts/ProdReady.<version>.nupkg   the .NET tool (dotnet tool install --global --add-source ./artifacts ProdReady)
#   artifacts/linux-x64/prodready         a self-contained single-file executable for linux-x64 (no .NET needed)
# The version comes from <Version> in Directory.Build.props.
set -euo pipefail
cd "$(dirname "$0")/.."

rid=${RID:-linux-x64}
rm -rf artifacts
dotnet pack src/ProdReady.Cli -c Release -o artifacts --nologo
dotnet publish src/ProdReady.Cli -c Release -r "$rid" --self-contained \
  -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none \
  -o "artifacts/$rid" --nologo
ls -l artifacts "artifacts/$rid"
"artifacts/$rid/prodready" --version
