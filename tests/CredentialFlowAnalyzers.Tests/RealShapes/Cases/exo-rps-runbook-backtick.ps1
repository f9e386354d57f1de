# source: https://github.com/armanaxf/O365-Tools ConnecttoO365.ps1 (New-PSSession -ConfigurationName Microsoft.Exchange to
# source:   outlook.office365.com/powershell-liveid -Credential -Authentication Basic, then Connect-MsolService -Credential) written
# source:   the way Azure Automation runbooks of the time did: Get-AutomationPSCredential and backtick-continued parameters
$O365Credential = Get-AutomationPSCredential -Name 'O365Credential'
$O365Session = {|CFA3002:New-PSSession `
    -ConfigurationName Microsoft.Exchange `
    -ConnectionUri 'https://outlook.office365.com/powershell-liveid' `
    -Credential $O365Credential `
    -Authentication Basic `
    -AllowRedirection|}

# Import modules from the Office 365 remote powershell session and bring
# that session into local scope
Import-Module (Import-PSSession -Session $O365Session) -Global

# Connect to MSOnline
{|CFA3002:Connect-MsolService -Credential $O365Credential|}
