; Inno Setup script: wraps the PyInstaller folder (dist\chair) in an installer for Windows.
; Per-user install into %LOCALAPPDATA%\Programs\Chair: no administrator rights are needed to
; install or to run. IT can install it for every user of the machine instead, into Program Files:
; ChairSetup-VERSION.exe /ALLUSERS /VERYSILENT (that one needs administrator rights).
; The data stays in each user's %LOCALAPPDATA%\ChairApp (platformdirs); the uninstaller never
; removes it. Built by .github/workflows/windows.yml (untested here).
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C7E4B0A-2F1D-4C61-9E3A-7D1B5F0C2A11}
AppName=Chair
AppVersion={#AppVersion}
AppPublisher=Chair
; {autopf} is {localappdata}\Programs for a per-user install, Program Files for /ALLUSERS.
DefaultDirName={autopf}\Chair
DefaultGroupName=Chair
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=ChairSetup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\chairw.exe

[Files]
Source: "..\dist\chair\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; chairw.exe: the window without a console; chair.exe is for the commands (chair.exe --help).
Name: "{autoprograms}\Chair"; Filename: "{app}\chairw.exe"
Name: "{autoprograms}\Chair (demo family)"; Filename: "{app}\chairw.exe"; Parameters: "--demo"

[Run]
Filename: "{app}\chairw.exe"; Parameters: "--demo"; Description: "Open Chair on the demo family"; Flags: nowait postinstall skipifsilent
