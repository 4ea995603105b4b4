forest_seg_h = 416
forest_seg_w = 416
forest_backbone = 'efficientnet-b3'

incorrect_segm_maps = ['271941_sat.jpg', '730821_sat.jpg', '256189_sat.jpg', '925382_sat.jpg', '458776_sat.jpg',
                       '705728_sat.jpg', '33573_sat.jpg', '943463_sat.jpg', '898741_sat.jpg', '715633_sat.jpg',
                       '127976_sat.jpg', '541353_sat.jpg', '615420_sat.jpg', '614561_sat.jpg', '516317_sat.jpg',
                       '626208_sat.jpg', '751939_sat.jpg', '952430_sat.jpg', '622733_sat.jpg', '870705_sat.jpg',
                       '897901_sat.jpg', '682046_sat.jpg', '904606_sat.jpg', '286339_sat.jpg', '749375_sat.jpg',
                       '483506_sat.jpg', '834433_sat.jpg', '253691_sat.jpg', '418261_sat.jpg', '387018_sat.jpg',
                       '565914_sat.jpg', '7791_sat.jpg', '139482_sat.jpg', '141685_sat.jpg', '362191_sat.jpg',
                       '496948_sat.jpg', '507241_sat.jpg', '470446_sat.jpg', '641771_sat.jpg', '10452_sat.jpg',
                       '351271_sat.jpg', '318338_sat.jpg', '548686_sat.jpg', '763075_sat.jpg', '127660_sat.jpg',
                       '232373_sat.jpg', '350033_sat.jpg', '834900_sat.jpg', '471930_sat.jpg', '987427_sat.jpg',
                       '34330_sat.jpg', '585043_sat.jpg', '254565_sat.jpg', '533948_sat.jpg', '605707_sat.jpg',
                       '412210_sat.jpg', '419820_sat.jpg', '21717_sat.jpg', '185562_sat.jpg', '556572_sat.jpg',
                       '244423_sat.jpg', '617844_sat.jpg', '651537_sat.jpg', '899693_sat.jpg', '864488_sat.jpg',
                       '850510_sat.jpg', '309818_sat.jpg', '991758_sat.jpg', '331533_sat.jpg', '125510_sat.jpg',
                       '123172_sat.jpg', '949559_sat.jpg', '858771_sat.jpg', '629198_sat.jpg', '2334_sat.jpg',
                       '503968_sat.jpg']
