<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="pursuit" tilewidth="16" tileheight="16" tilecount="13" columns="8">
 <image source="pursuit.png" width="128" height="32"/>
 <tile id="0">
  <properties>
   <property name="name" value="road_far"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="road_near"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="deck_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="girder"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="pillar"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="parapet"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="lamp"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="lamp_pole"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="gantry"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="sign"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="gate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="gate_stripe"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="mill_sign"/>
  </properties>
 </tile>
</tileset>
