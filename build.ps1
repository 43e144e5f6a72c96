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
      Pack     pack the portalgen .NET tool into artifacts/packages: the top-level package, this platform's Native
               AOT package (installs clang from Debian's packages when missing) and the framework-dependent `any`
      Publish  compile the CLI with Native AOT into artifacts/cli (installs clang from Debian's packages when
               missing), then check and build the sample site for production (-BaseUrl) into artifacts/site with it;
               -Jit runs the framework-dependent CLI instead (dotnet run), where clang cannot be had
      Ci       all of the above in order, stopping at the first failure
      Lighthouse  build the sample site, serve it on 127.0.0.1, run Lighthouse (mobile) on Debian's chromium on one page of
               each kind, print the four scores per page, and fail below 100 (not in Ci: about a minute per page; installs
               Lighthouse into tests/PortalGen.BrowserTests/tools/lighthouse, needs node, python3 and /usr/bin/chromium)
      Bench    PortalGen against Hugo on generated corpora (-Sizes 1000,10000 -Runs 5 -Photos 0; -Work DIR, by default
               /dev/shm/portalgen-bench); a Markdown table. -PeerLayout builds PortalGen with the Hugo peer's plain pages
               and its one feed format instead of the default theme
#>
param(
    [Parameter(Position = 0)]
    [ValidateSet('Format', 'Test', 'Check', 'Site', 'Pack', 'Publish', 'Ci', 'Lighthouse', 'Bench')]
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
    [string] $Work = '',
    # Bench: PortalGen renders the Hugo peer's plain pages (tests/PortalGen.Benchmarks/peer-layout) and writes Atom only.
    [switch] $PeerLayout
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

# The tool's packages: the top-level one naming a package per platform, this platform's Native AOT binary, and the
# framework-dependent `any` for platforms without one. The other platforms' native packages are packed on them.
function Invoke-Pack {
    $packages = Join-Path $artifacts 'packages'
    $platform = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
    Install-Clang
    Invoke-Step 'Pack the tool' { dotnet pack $cli -c Release -o $packages }
    Invoke-Step "Pack the tool's native binary ($platform)" { dotnet pack $cli -c Release -r $platform -o $packages }
    Invoke-Step "Pack the tool's framework-dependent fallback (any)" { dotnet pack $cli -c Release -r any -o $packages }
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

# One page of each kind a reader meets, the German edition's home among them.
$lighthousePages = [ordered]@{
    'home'               = '/'
    'release with photo' = '/news/2023/autonomous-driving-dataset/'
    'partner'            = '/partners/nec-labs-europe/'
    'topic'              = '/topics/artificial-intelligence/'
    'archive'            = '/news/'
    'search'             = '/search/?q=robot'
    'German home'        = '/de/'
}

function Get-FreePort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

function Invoke-Lighthouse {
    $tools = Join-Path $root 'tests/PortalGen.BrowserTests/tools/lighthouse'
    # --ignore-scripts: nothing of Lighthouse needs an install script, and no browser is downloaded.
    Invoke-Step 'Install Lighthouse' { npm ci --prefix $tools --ignore-scripts --no-audit --no-fund --loglevel=error }
    $folder = Join-Path $artifacts 'lighthouse'
    $site = Join-Path $folder 'site'
    $port = Get-FreePort
    $address = "http://127.0.0.1:$port"
    # Built for the address it is served at, so canonical links and feeds point to the pages Lighthouse sees.
    Invoke-Step 'Site' { & $portalgen build --content (Join-Path $root 'content') --templates (Join-Path $root 'templates') --output $site --base-url "$address/" }
    $server = Start-Process python3 -ArgumentList @('-m', 'http.server', $port, '--bind', '127.0.0.1', '--directory', $site) -PassThru -RedirectStandardError (Join-Path $folder 'server.log')
    $env:CHROME_PATH = '/usr/bin/chromium'
    $rows = @()
    try {
        Start-Sleep -Seconds 1
        foreach ($page in $lighthousePages.GetEnumerator()) {
            $report = Join-Path $folder (($page.Key -replace '[^a-z]+', '-') + '.json')
            Invoke-Step "Lighthouse $($page.Key)" {
                node (Join-Path $tools 'node_modules/lighthouse/cli/index.js') "$address$($page.Value)" --quiet --output=json "--output-path=$report" `
                    --only-categories=performance,accessibility,best-practices,seo `
                    '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking'
            }
            $categories = (Get-Content $report -Raw | ConvertFrom-Json).categories
            $rows += [pscustomobject]@{
                Page             = $page.Key
                Url              = $page.Value
                Performance      = [int]($categories.performance.score * 100)
                Accessibility    = [int]($categories.accessibility.score * 100)
                'Best practices' = [int]($categories.'best-practices'.score * 100)
                SEO              = [int]($categories.seo.score * 100)
            }
        }
    }
    finally {
        Stop-Process -Id $server.Id
    }

    $rows | Format-Table -AutoSize | Out-String -Width 200 | Out-Host
    $low = @($rows | Where-Object { $_.Performance -lt 100 -or $_.Accessibility -lt 100 -or $_.'Best practices' -lt 100 -or $_.SEO -lt 100 })
    if ($low.Count -gt 0) {
        throw "Lighthouse scored below 100 on $($low.Count) of $($rows.Count) pages (reports in $folder)"
    }
}

function Invoke-Bench {
    $script = Join-Path $root 'tests/PortalGen.Benchmarks/side-by-side.sh'
    $arguments = @('--sizes', $Sizes, '--runs', $Runs, '--photos', $Photos)
    if ($Work) { $arguments += @('--work', $Work) }
    if ($PeerLayout) { $arguments += '--peer-layout' }
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
    'Lighthouse' { Invoke-Lighthouse }
    'Bench' { Invoke-Bench }
}
