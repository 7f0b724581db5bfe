"""The world's countries by the names news writes for them, and their nationality adjectives.

General knowledge, not the gazetteer's handful: a claim's article placed in "Nigeria" and another's in "Ghana"
are about two countries ("Building collapse kills eight in Nigeria" / "... in Ghana"), and "Nigeria" in a
lead is the country a town lies in, never a place below it. Names are written as news writes them
("Ivory Coast", "Czech Republic", "the Netherlands" without its article); a demonym maps to its country.
"""

from __future__ import annotations

# (country, its other names and its nationality adjectives), one line each.
_TABLE = """
Afghanistan: Afghan
Albania: Albanian
Algeria: Algerian
Andorra: Andorran
Angola: Angolan
Antigua and Barbuda: Antiguan
Argentina: Argentine, Argentinian
Armenia: Armenian
Australia: Australian
Austria: Austrian
Azerbaijan: Azerbaijani, Azeri
Bahamas: Bahamian
Bahrain: Bahraini
Bangladesh: Bangladeshi
Barbados: Barbadian
Belarus: Belarusian
Belgium: Belgian
Belize: Belizean
Benin: Beninese
Bhutan: Bhutanese
Bolivia: Bolivian
Bosnia and Herzegovina: Bosnia, Bosnian
Botswana: Botswanan
Brazil: Brazilian
Brunei: Bruneian
Bulgaria: Bulgarian
Burkina Faso: Burkinabe
Burundi: Burundian
Cambodia: Cambodian
Cameroon: Cameroonian
Canada: Canadian
Cape Verde: Cape Verdean, Cabo Verde
Central African Republic
Chad: Chadian
Chile: Chilean
China: Chinese
Colombia: Colombian
Comoros: Comoran
Congo: Congolese, Democratic Republic of Congo, Democratic Republic of the Congo, DRC, Republic of Congo, DR Congo
Costa Rica: Costa Rican
Croatia: Croatian
Cuba: Cuban
Cyprus: Cypriot
Czech Republic: Czechia, Czech
Denmark: Danish
Djibouti: Djiboutian
Dominica
Dominican Republic: Dominican
East Timor: Timor-Leste, Timorese
Ecuador: Ecuadorian, Ecuadorean
Egypt: Egyptian
El Salvador: Salvadoran, Salvadorean
Equatorial Guinea: Equatoguinean
Eritrea: Eritrean
Estonia: Estonian
Eswatini: Swaziland, Swazi
Ethiopia: Ethiopian
Fiji: Fijian
Finland: Finnish
France: French
Gabon: Gabonese
Gambia: Gambian
Georgia: Georgian
Germany: German
Ghana: Ghanaian
Greece: Greek
Grenada: Grenadian
Guatemala: Guatemalan
Guinea: Guinean
Guinea-Bissau: Bissau-Guinean
Guyana: Guyanese
Haiti: Haitian
Honduras: Honduran
Hungary: Hungarian
Iceland: Icelandic
India: Indian
Indonesia: Indonesian
Iran: Iranian
Iraq: Iraqi
Ireland: Irish
Israel: Israeli
Italy: Italian
Ivory Coast: Ivorian, Cote d'Ivoire, Côte d'Ivoire
Jamaica: Jamaican
Japan: Japanese
Jordan: Jordanian
Kazakhstan: Kazakh, Kazakhstani
Kenya: Kenyan
Kiribati: I-Kiribati
Kosovo: Kosovan, Kosovar
Kuwait: Kuwaiti
Kyrgyzstan: Kyrgyz
Laos: Lao, Laotian
Latvia: Latvian
Lebanon: Lebanese
Lesotho: Basotho
Liberia: Liberian
Libya: Libyan
Liechtenstein: Liechtensteiner
Lithuania: Lithuanian
Luxembourg: Luxembourgish
Madagascar: Malagasy
Malawi: Malawian
Malaysia: Malaysian
Maldives: Maldivian
Mali: Malian
Malta: Maltese
Marshall Islands: Marshallese
Mauritania: Mauritanian
Mauritius: Mauritian
Mexico: Mexican
Micronesia: Micronesian
Moldova: Moldovan
Monaco: Monegasque
Mongolia: Mongolian
Montenegro: Montenegrin
Morocco: Moroccan
Mozambique: Mozambican
Myanmar: Burma, Burmese
Namibia: Namibian
Nauru: Nauruan
Nepal: Nepali, Nepalese
Netherlands: Dutch
New Zealand: New Zealander
Nicaragua: Nicaraguan
Niger: Nigerien
Nigeria: Nigerian
North Korea: North Korean, DPRK
North Macedonia: Macedonia, Macedonian
Norway: Norwegian
Oman: Omani
Pakistan: Pakistani
Palau: Palauan
Palestine: Palestinian, Palestinian territories
Panama: Panamanian
Papua New Guinea: Papua New Guinean, PNG
Paraguay: Paraguayan
Peru: Peruvian
Philippines: Philippine, Filipino
Poland: Polish
Portugal: Portuguese
Qatar: Qatari
Romania: Romanian
Russia: Russian, Russian Federation
Rwanda: Rwandan
Saint Lucia: St Lucia, Saint Lucian
Samoa: Samoan
San Marino: Sammarinese
Sao Tome and Principe: São Tomé and Príncipe
Saudi Arabia: Saudi
Senegal: Senegalese
Serbia: Serbian
Seychelles: Seychellois
Sierra Leone: Sierra Leonean
Singapore: Singaporean
Slovakia: Slovak
Slovenia: Slovenian, Slovene
Solomon Islands: Solomon Islander
Somalia: Somali
South Africa: South African
South Korea: South Korean, Republic of Korea
South Sudan: South Sudanese
Spain: Spanish
Sri Lanka: Sri Lankan
Sudan: Sudanese
Suriname: Surinamese
Sweden: Swedish
Switzerland: Swiss
Syria: Syrian
Taiwan: Taiwanese
Tajikistan: Tajik
Tanzania: Tanzanian
Thailand: Thai
Togo: Togolese
Tonga: Tongan
Trinidad and Tobago: Trinidadian
Tunisia: Tunisian
Turkey: Turkish, Turkiye, Türkiye
Turkmenistan: Turkmen
Tuvalu: Tuvaluan
Uganda: Ugandan
Ukraine: Ukrainian
United Arab Emirates: UAE, Emirati
United Kingdom: UK, Britain, Great Britain, British
United States: US, USA, United States of America, American
Uruguay: Uruguayan
Uzbekistan: Uzbek
Vanuatu: Vanuatuan
Venezuela: Venezuelan
Vietnam: Vietnamese
Yemen: Yemeni
Zambia: Zambian
Zimbabwe: Zimbabwean
"""

# Territories news writes as places of their own, apart from the country that holds them: a toll "in Puerto Rico" is
# no part of one "in the Dominican Republic", and a report "NOUMEA (AFP) -" comes from New Caledonia, not France.
# (Only names no other place or common word shares: not "Jersey", "Reunion", "Georgia".)
_TERRITORIES = """
American Samoa: American Samoan
Aruba: Aruban
Bermuda: Bermudian
Cayman Islands: Caymanian
Curacao: Curacaoan
Faroe Islands: Faroes, Faroese
French Polynesia: French Polynesian, Tahiti, Tahitian
Gibraltar: Gibraltarian
Greenland: Greenlandic, Greenlander
Guadeloupe: Guadeloupean
Guam: Guamanian
Hong Kong: Hong Konger
Macau: Macao, Macanese
Martinique: Martiniquais
New Caledonia: New Caledonian
Puerto Rico: Puerto Rican
"""


def _lines(table: str) -> list[tuple[str, list[str]]]:
    """Each line of a "Country: other, other" table as (country, others)."""
    out = []
    for line in table.strip().splitlines():
        country, _, others = line.partition(":")
        out.append((country, [other.strip() for other in others.split(",") if other.strip()]))
    return out


def _read(table: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for country, others in _lines(table):
        out[country] = country
        for other in others:
            out.setdefault(other, country)
    return out


# A name or adjective as written -> the country. (An adjective two countries share, "Dominican", goes to the
# first listed; the set of countries a text names is what is compared.)
COUNTRY_OF: dict[str, str] = {**_read(_TERRITORIES), **_read(_TABLE)}


def country_of(name: str) -> str | None:
    """The country a name or nationality adjective stands for ("Nigerian": Nigeria), None for any other name."""
    return COUNTRY_OF.get(name) or COUNTRY_OF.get(name.removeprefix("the ").removeprefix("The "))


def is_nationality(word: str) -> bool:
    """A nationality adjective or another name of a country ("Norwegian", "French", "Burma"), not the country's
    own name ("Norway") nor its letters ("UK"): the word before a noun in "the Norwegian lender"."""
    country = COUNTRY_OF.get(word)
    return country is not None and country != word and not word.isupper()


# Each country's capital (and seat of government where news datelines from it), as datelines write them: a report
# "MOGADISHU (Reuters) -" comes from Somalia, though "Mogadishu" names no country.
_CAPITALS = """
Afghanistan: Kabul
Albania: Tirana
Algeria: Algiers
Andorra: Andorra la Vella
Angola: Luanda
Antigua and Barbuda: St John's, St. John's
Argentina: Buenos Aires
Armenia: Yerevan
Australia: Canberra
Austria: Vienna
Azerbaijan: Baku
Bahamas: Nassau
Bahrain: Manama
Bangladesh: Dhaka
Barbados: Bridgetown
Belarus: Minsk
Belgium: Brussels
Belize: Belmopan
Benin: Porto-Novo, Cotonou
Bhutan: Thimphu
Bolivia: La Paz, Sucre
Bosnia and Herzegovina: Sarajevo
Botswana: Gaborone
Brazil: Brasilia, Brasília
Brunei: Bandar Seri Begawan
Bulgaria: Sofia
Burkina Faso: Ouagadougou
Burundi: Gitega, Bujumbura
Cambodia: Phnom Penh
Cameroon: Yaounde, Yaoundé
Canada: Ottawa
Cape Verde: Praia
Central African Republic: Bangui
Chad: N'Djamena, Ndjamena
Chile: Santiago
China: Beijing
Colombia: Bogota, Bogotá
Comoros: Moroni
Congo: Kinshasa, Brazzaville
Costa Rica: San Jose, San José
Croatia: Zagreb
Cuba: Havana
Cyprus: Nicosia
Czech Republic: Prague
Denmark: Copenhagen
Djibouti: Djibouti
Dominica: Roseau
Dominican Republic: Santo Domingo
East Timor: Dili
Ecuador: Quito
Egypt: Cairo
El Salvador: San Salvador
Equatorial Guinea: Malabo
Eritrea: Asmara
Estonia: Tallinn
Eswatini: Mbabane
Ethiopia: Addis Ababa
Fiji: Suva
Finland: Helsinki
France: Paris
Gabon: Libreville
Gambia: Banjul
Georgia: Tbilisi
Germany: Berlin
Ghana: Accra
Greece: Athens
Grenada: St George's, St. George's
Guatemala: Guatemala City
Guinea: Conakry
Guinea-Bissau: Bissau
Guyana: Georgetown
Haiti: Port-au-Prince
Honduras: Tegucigalpa
Hungary: Budapest
Iceland: Reykjavik, Reykjavík
India: New Delhi
Indonesia: Jakarta
Iran: Tehran
Iraq: Baghdad
Ireland: Dublin
Israel: Jerusalem
Italy: Rome
Ivory Coast: Yamoussoukro, Abidjan
Jamaica: Kingston
Japan: Tokyo
Jordan: Amman
Kazakhstan: Astana
Kenya: Nairobi
Kiribati: Tarawa
Kosovo: Pristina
Kuwait: Kuwait City
Kyrgyzstan: Bishkek
Laos: Vientiane
Latvia: Riga
Lebanon: Beirut
Lesotho: Maseru
Liberia: Monrovia
Libya: Tripoli
Liechtenstein: Vaduz
Lithuania: Vilnius
Luxembourg: Luxembourg
Madagascar: Antananarivo
Malawi: Lilongwe
Malaysia: Kuala Lumpur
Maldives: Male
Mali: Bamako
Malta: Valletta
Marshall Islands: Majuro
Mauritania: Nouakchott
Mauritius: Port Louis
Mexico: Mexico City
Micronesia: Palikir
Moldova: Chisinau, Chișinău
Monaco: Monaco
Mongolia: Ulaanbaatar, Ulan Bator
Montenegro: Podgorica
Morocco: Rabat
Mozambique: Maputo
Myanmar: Naypyitaw, Naypyidaw, Yangon
Namibia: Windhoek
Nauru: Yaren
Nepal: Kathmandu
Netherlands: Amsterdam, The Hague
New Zealand: Wellington
Nicaragua: Managua
Niger: Niamey
Nigeria: Abuja
North Korea: Pyongyang
North Macedonia: Skopje
Norway: Oslo
Oman: Muscat
Pakistan: Islamabad
Palau: Ngerulmud
Palestine: Ramallah
Panama: Panama City
Papua New Guinea: Port Moresby
Paraguay: Asuncion, Asunción
Peru: Lima
Philippines: Manila
Poland: Warsaw
Portugal: Lisbon
Qatar: Doha
Romania: Bucharest
Russia: Moscow
Rwanda: Kigali
Saint Lucia: Castries
Samoa: Apia
San Marino: San Marino
Sao Tome and Principe: Sao Tome
Saudi Arabia: Riyadh
Senegal: Dakar
Serbia: Belgrade
Seychelles: Victoria
Sierra Leone: Freetown
Singapore: Singapore
Slovakia: Bratislava
Slovenia: Ljubljana
Solomon Islands: Honiara
Somalia: Mogadishu
South Africa: Pretoria, Cape Town
South Korea: Seoul
South Sudan: Juba
Spain: Madrid
Sri Lanka: Colombo
Sudan: Khartoum, Port Sudan
Suriname: Paramaribo
Sweden: Stockholm
Switzerland: Bern, Berne
Syria: Damascus
Taiwan: Taipei
Tajikistan: Dushanbe
Tanzania: Dodoma, Dar es Salaam
Thailand: Bangkok
Togo: Lome, Lomé
Tonga: Nuku'alofa
Trinidad and Tobago: Port of Spain
Tunisia: Tunis
Turkey: Ankara
Turkmenistan: Ashgabat
Tuvalu: Funafuti
Uganda: Kampala
Ukraine: Kyiv, Kiev
United Arab Emirates: Abu Dhabi
United Kingdom: London
United States: Washington
Uruguay: Montevideo
Uzbekistan: Tashkent
Vanuatu: Port Vila
Venezuela: Caracas
Vietnam: Hanoi
Yemen: Sanaa, Sana'a, Aden
Zambia: Lusaka
Zimbabwe: Harare
American Samoa: Pago Pago
Aruba: Oranjestad
Curacao: Willemstad
Faroe Islands: Torshavn
French Polynesia: Papeete
Greenland: Nuuk
Guadeloupe: Basse-Terre
Guam: Hagatna
Martinique: Fort-de-France
New Caledonia: Noumea
"""


def _read_capitals(table: str) -> dict[str, str]:
    return {capital.casefold(): country for country, capitals in _lines(table) for capital in capitals}


_CAPITAL_OF = _read_capitals(_CAPITALS)


def country_of_capital(name: str) -> str | None:
    """The country whose capital ``name`` is, as a dateline writes it ("MOGADISHU": Somalia), else None."""
    return _CAPITAL_OF.get(name.strip().casefold())
