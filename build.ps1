#!/usr/bin/env pwsh
<#
.SYNOPSIS
    PortalGen's build tasks, for developers and CI alike.
.DESCRIPTION
    dotnet tool restore; dotnet pwsh build.ps1 <Task>
      Format   verify code style (dotnet format --verify-no-changes)
      Test     run the test suite (dotnet test), results in artifacts/test-results
      Check    check the sample site, its links included, writing nothing (portalgen check --strict)
      Site     build the sample site (content/ + templates/) into public/
      Pack     pack the portalgen .NET tool into artifacts/packages
      Publish  compile the CLI with Native AOT into artifacts/cli (installs clang from Debian's packages when
               missing), then check and build the sample site for production (-BaseUrl) into artifacts/site with it;
               -Jit runs the framework-dependent CLI instead (dotnet run), where clang cannot be had
      Ci       all of the above in order, stopping at the first failure
      Bench    PortalGen against Hugo on generated corpora (-Sizes 1000,10000 -Runs 5 -Photos 0; -Work DIR, by default
               /dev/shm/portalgen-bench); a Markdown table
#>
param(
    [Parameter(Position = 0)]
    [ValidateSet('Format', 'Test', 'Check', 'Site', 'Pack', 'Publish', 'Ci', 'Bench')]
    [string] $Task = 'Ci',

    # The production address for Publish; the default is site.yml's base_url.
    [string] $BaseUrl = '',

    # Publish: check and build with the framework-dependent CLI (JIT) instead of compiling it with Native AOT.
    [switch] $Jit,

    # Bench: corpus sizes in releases, comma-separated, and timed runs of each build.
    [string] $Sizes = '1000,10000',
    [int] $Runs = 5,
    # Bench: releases of each corpus with a 3000x2000 photo (0: none); adds a table of builds from a warm image cache.
    [int] $Photos = 0,
    # Bench: the folder for the corpora, the builds and the results (default /dev/shm/portalgen-bench).
    [string] $Work = ''
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
$artifacts = Join-Path $root 'artifacts'
$cli = Join-Path $root 'generator/PortalGen.Cli/PortalGen.Cli.csproj'
# How the tasks run portalgen; Publish swaps in the natively compiled binary.
$portalgen = { dotnet run --project $cli -c Release -- @args }

function Invoke-Step([string] $name, [scriptblock] $command) {
    Write-Host "==> $name"
    & $command
    if ($LASTEXITCODE -ne 0) {
        throw "$name failed with exit code $LASTEXITCODE"
    }
}

function Invoke-Format {
    Invoke-Step 'Format' { dotnet format (Join-Path $root 'PortalGen.sln') --verify-no-changes }
}

function Invoke-Test {
    $results = Join-Path $artifacts 'test-results'
    Invoke-Step 'Test' { dotnet test (Join-Path $root 'PortalGen.sln') --logger 'trx' --results-directory $results }
}

# build leaves link checking to check (it would double a build's time), so CI runs both.
function Invoke-Check {
    $arguments = @('check', '--content', (Join-Path $root 'content'), '--templates', (Join-Path $root 'templates'), '--strict')
    if ($BaseUrl) { $arguments += @('--base-url', $BaseUrl) }
    Invoke-Step 'Check' { & $portalgen @arguments }
}

function Invoke-Site {
    Invoke-Step 'Site' { & $portalgen build --content (Join-Path $root 'content') --templates (Join-Path $root 'templates') --output (Join-Path $root 'public') }
}

function Invoke-Pack {
    Invoke-Step 'Pack' { dotnet pack $cli -c Release -o (Join-Path $artifacts 'packages') }
}

# Native AOT links with clang; on Debian and Ubuntu it comes from the distribution's packages.
function Install-Clang {
    if (-not $IsLinux -or (Get-Command clang -ErrorAction Ignore)) { return }
    $install = 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang'
    Invoke-Step 'Install clang' { if ((id -u) -eq '0') { bash -c $install } else { sudo bash -c $install } }
}

# A production build is the one that runs most often: compiled ahead of time, the CLI starts in milliseconds
# and spends no CPU in the JIT (a 1,000-release build takes about 40% less CPU than ReadyToRun).
function Publish-NativeCli {
    Install-Clang
    $folder = Join-Path $artifacts 'cli'
    $platform = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
    Invoke-Step 'Compile the CLI (Native AOT)' { dotnet publish $cli -c Release -r $platform -o $folder -nologo }
    $binary = Join-Path $folder ($IsWindows ? 'PortalGen.Cli.exe' : 'PortalGen.Cli')
    $script:portalgen = { & $binary @args }.GetNewClosure()
}

function Invoke-Publish {
    $arguments = @('build', '--content', (Join-Path $root 'content'), '--templates', (Join-Path $root 'templates'), '--output', (Join-Path $artifacts 'site'), '--strict')
    if ($BaseUrl) { $arguments += @('--base-url', $BaseUrl) }
    Invoke-Step 'Publish' { & $portalgen @arguments }
}

function Invoke-Bench {
    $script = Join-Path $root 'tests/PortalGen.Benchmarks/side-by-side.sh'
    $arguments = @('--sizes', $Sizes, '--runs', $Runs, '--photos', $Photos)
    if ($Work) { $arguments += @('--work', $Work) }
    Invoke-Step 'Bench' { bash $script @arguments }
}

switch ($Task) {
    'Format' { Invoke-Format }
    'Test' { Invoke-Test }
    'Site' { Invoke-Site }
    'Pack' { Invoke-Pack }
    'Check' { Invoke-Check }
    'Publish' { if (-not $Jit) { Publish-NativeCli }; Invoke-Check; Invoke-Publish }
    'Ci' { Invoke-Format; Invoke-Test; Invoke-Check; Invoke-Site; Invoke-Pack }
    'Bench' { Invoke-Bench }
}
