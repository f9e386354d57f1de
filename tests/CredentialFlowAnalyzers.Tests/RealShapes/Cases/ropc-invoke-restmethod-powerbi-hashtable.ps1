# source: public Power BI REST scripts of 2017-2019 (master user: a hashtable body with "grant_type" = "password" posted to
# source:   login.windows.net/common/oauth2/token with Invoke-RestMethod, written with an en dash before Method as copied
# source:   from a blog)
$pbiUsername = "reports@contoso.com"
$pbiPassword = $env:PBI_PASSWORD
$clientId = "a81b2cc1-4c97-2323-b114-eeb21c4c6e46"

$body = @{"resource" = "https://analysis.windows.net/powerbi/api"
    "client_id" = $clientId;
    "grant_type" = "password";
    "username" = $pbiUsername;
    "password" = $pbiPassword;
    "scope" = "openid"
}

$authUrl = "https://login.windows.net/common/oauth2/token/"
$authResponse = {|CFA3002:Invoke-RestMethod -Uri $authUrl –Method POST -Body $body|}

$headers = @{
    "Content-Type" = "application/json";
    "Authorization" = $authResponse.token_type + " " + $authResponse.access_token
}

$restResponse = Invoke-RestMethod -Uri "https://api.powerbi.com/v1.0/myorg/groups" -Headers $headers -Method GET
