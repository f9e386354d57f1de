# source: https://github.com/directorcia/Office365 o365-connect-Exchange.ps1 (saved credentials from import-clixml or
# source:   get-credential, lower-case cmdlet names, connect-msolservice, then Exchange remote PowerShell with
# source:   ?proxyMethod=RPS and -Authentication Basic)
## Variables
$savedcreds=$false                      ## false = manually enter creds, True = auto
$credpath = "c:\downloads\tenant.xml"   ## local file with credentials

clear-host

{|CFA3004:import-module msonline|}

if ($savedcreds) {
    ## Get creds from local file
    $cred =import-clixml -path $credpath
}
else {
    ## Get creds manually
    $cred=get-credential
    {|CFA3002:connect-msolservice -credential $cred|}
}

$Session = {|CFA3002:New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/?proxyMethod=RPS -Credential $Cred -Authentication Basic -AllowRedirection|}
import-PSSession $Session
