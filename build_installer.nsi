; Windows installer for the one-folder bundle that build_installer.spec makes.
;   makensis /DVERSION=0.1.0 /DSOURCE=dist\casemanager build_installer.nsi
; Installs per machine under Program Files, adds Start-menu shortcuts, registers an uninstaller,
; and supports a silent install for Intune or Group Policy: Casemanager-Setup.exe /S
; Uninstalling leaves every user's data (database, logs, backups) and the machine-wide
; configuration in %ProgramData%\casemanager untouched.
Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef SOURCE
  !define SOURCE "dist\casemanager"
!endif
!ifndef OUTFILE
  !define OUTFILE "dist\Casemanager-Setup-${VERSION}.exe"
!endif

; A fixed identity: upgrades replace the same installation, never a second copy.
!define APPID "{6F1C2A7E-4B3D-4C5E-9A8B-2D7E1F0C3B59}"
!define APPNAME "Casemanager Sociale Media"
!define COMPANY "Casemanager Sociale Media"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Casemanager"
InstallDirRegKey HKLM "${UNINSTKEY}" "InstallLocation"
RequestExecutionLevel admin
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "${APPNAME}"

!include "MUI2.nsh"
!include "x64.nsh"

!define MUI_ICON "resources\icons\app.ico"
!define MUI_UNICON "resources\icons\app.ico"
!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=${LANG_DUTCH} "CompanyName" "${COMPANY}"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileDescription" "${APPNAME} installatie"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_DUTCH} "LegalCopyright" "${COMPANY}"

Function .onInit
  SetShellVarContext all
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
FunctionEnd

Function un.onInit
  SetShellVarContext all
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
FunctionEnd

Section "Casemanager" SecMain
  SectionIn RO
  ; An upgrade replaces the program folder as a whole, so no file of an older version stays.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\casemanager.exe" "" \
      "$INSTDIR\casemanager.exe" 0
  ; The machine-wide configuration folder IT may fill (database URL, backup folder, language).
  CreateDirectory "$APPDATA\casemanager"

  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "${COMPANY}"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\casemanager.exe"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Only the program: users' databases, logs and backups, and %ProgramData%\casemanager stay.
  Delete "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\casemanager.exe"
  Delete "$INSTDIR\casemanager-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTKEY}"
SectionEnd
