; SellerDesk for Windows: a per-user installer (no administrator rights) for the PyInstaller
; one-folder build. Inno Setup 6.3 or newer (x64compatible, GetFileProductVersionString).
;
;   pyinstaller --noconfirm --clean installer\sellerdesk.spec --distpath dist --workpath build\pyinstaller
;   iscc /DAppVersion=0.1.0 installer\windows\sellerdesk.iss
;
; Defines (all optional): AppVersion (default: the ProductVersion of SellerDesk.exe),
; NumericVersion (X.Y.Z[.W] for the version resource; default AppVersion), SourceDir (the
; PyInstaller folder; default ..\..\dist\SellerDesk), OutputDir (default ..\..\dist\installers),
; SignTool (the name of a sign tool configured with iscc /S, e.g. /Ssigntool="signtool.exe sign
; /fd sha256 /tr http://timestamp.example /td sha256 /f cert.pfx /p PASS $f" /DSignTool=signtool;
; unsigned when absent).
;
; Installs to %LOCALAPPDATA%\Programs\SellerDesk ({autopf} in non-administrative mode), adds a
; Start menu entry, registers an uninstaller under the user's "Apps" list, and never touches the
; shop's data (%LOCALAPPDATA%\SellerDesk): uninstalling keeps the database, photos and backups.

#define AppName "SellerDesk"
#define AppPublisher "SellerDesk"
#define AppCopyright "Copyright (C) 2026 SellerDesk"
#define AppExe "SellerDesk.exe"
#define CliExe "sellerdesk-cli.exe"
; resources/metadata/app.json "windows_app_id": never change it, or updates install beside the old copy
#define AppId "C5741518-5D47-4C43-AF9C-38E38B0D9A88"

#ifndef SourceDir
  #define SourceDir SourcePath + "..\..\dist\SellerDesk"
#endif
#ifndef OutputDir
  #define OutputDir SourcePath + "..\..\dist\installers"
#endif
#ifndef AppVersion
  #define AppVersion GetFileProductVersionString(AddBackslash(SourceDir) + AppExe)
#endif
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif

[Setup]
AppId={{{#AppId}}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright={#AppCopyright}
VersionInfoVersion={#NumericVersion}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#NumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
VersionInfoCompany={#AppPublisher}
VersionInfoCopyright={#AppCopyright}
; per-user: no UAC prompt; {autopf} is then %LOCALAPPDATA%\Programs
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 1809 and later
MinVersion=10.0.17763
SetupIconFile={#SourcePath}..\..\resources\icons\sellerdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=SellerDesk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; an update closes a running SellerDesk (Restart Manager) instead of failing on locked files
CloseApplications=yes
RestartApplications=no
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an update replaces the whole bundle: files an older version had must not linger beside the new ones
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} demo shop"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the shop's data lives in %LOCALAPPDATA%\SellerDesk and stays.
